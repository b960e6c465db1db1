import { existsSync } from 'node:fs';
import type { Logger } from '@boxoffice/platform';
import express, { type Express } from 'express';

export const WEB_APP_PATH = '/app';

/**
 * Serves the built web app (`web/`) at /app/, on the same origin as /graphql, so the browser
 * needs no CORS and opens its websocket to the same host. Skipped when it was not built.
 */
export function mountWebApp(app: Express, dir: string, logger: Logger): void {
  if (!existsSync(`${dir}/index.html`)) {
    logger.info({ dir }, 'no web app build found; /app/ is not served');
    return;
  }
  // Hashed asset names change with every build; index.html must be fetched fresh to find them.
  const setHeaders = (res: express.Response, path: string) => {
    if (path.endsWith('.html')) res.setHeader('cache-control', 'no-cache');
  };
  app.use(WEB_APP_PATH, express.static(dir, { setHeaders }));
}
