import { runSubgraph } from '@boxoffice/platform';
import { paymentsSubgraph } from './subgraph.js';

await runSubgraph(paymentsSubgraph);
