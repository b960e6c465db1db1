import { ConfigError } from '../config/load-config.js';
import type { Logger } from '../logging/logger.js';

/** Runs a service's start-up; a failure is logged (config errors as their plain message) and exits 1. */
export async function startOrExit(logger: Logger, start: () => Promise<void>): Promise<void> {
  try {
    await start();
  } catch (err) {
    if (err instanceof ConfigError) logger.fatal(err.message);
    else logger.fatal({ err }, 'failed to start');
    process.exit(1);
  }
}
