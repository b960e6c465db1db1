import { runSubgraph } from '@boxoffice/platform';
import { programSubgraph } from './subgraph.js';

await runSubgraph(programSubgraph);
