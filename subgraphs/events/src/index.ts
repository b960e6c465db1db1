import { runSubgraph } from '@boxoffice/platform';
import { eventsSubgraph } from './subgraph.js';

await runSubgraph(eventsSubgraph);
