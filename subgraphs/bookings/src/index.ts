import { runSubgraph } from '@boxoffice/platform';
import { bookingsSubgraph } from './subgraph.js';

await runSubgraph(bookingsSubgraph);
