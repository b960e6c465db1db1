import { createLogger, startOrExit } from '@boxoffice/platform';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './server.js';

const logger = createLogger('gateway');
await startOrExit(logger, () => startGateway(loadGatewayConfig(), logger));
