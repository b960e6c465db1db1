import type { Logger } from 'pino';

/**
 * Runs `steps` in order once, on SIGTERM or SIGINT, then exits. A step that fails is logged
 * and the rest still run, so one stuck dependency cannot keep the others open.
 */
export function onShutdown(logger: Logger, steps: Array<[string, () => Promise<unknown> | unknown]>): void {
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    for (const [name, step] of steps) {
      try {
        await step();
      } catch (err) {
        logger.error({ err, step: name }, 'shutdown step failed');
      }
    }
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
