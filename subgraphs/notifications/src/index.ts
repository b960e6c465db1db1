import { runSubgraph } from '@boxoffice/platform';
import { notificationsSubgraph } from './subgraph.js';

await runSubgraph(notificationsSubgraph);
