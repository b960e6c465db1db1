import { runSubgraph } from '@boxoffice/platform';
import { venuesSubgraph } from './subgraph.js';

await runSubgraph(venuesSubgraph);
