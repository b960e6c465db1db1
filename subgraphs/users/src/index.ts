import { runSubgraph } from '@boxoffice/platform';
import { usersSubgraph } from './subgraph.js';

await runSubgraph(usersSubgraph);
