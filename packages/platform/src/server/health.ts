import type { Express } from 'express';

export type ReadinessCheck = () => Promise<boolean>;

/** A dependency that has not answered within this long counts as down (a client queueing commands while disconnected never answers). */
const CHECK_TIMEOUT_MS = 2_000;

const withinTimeout = (check: ReadinessCheck): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS)));
  return Promise.race([check().catch(() => false), late]).finally(() => clearTimeout(timer));
};

/** `/health/live` answers while the process runs; `/health/ready` only when every dependency answers. */
export function mountHealthRoutes(app: Express, checks: Record<string, ReadinessCheck>): void {
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => [name, await withinTimeout(check)] as const),
    );
    const ready = results.every(([, ok]) => ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', checks: Object.fromEntries(results) });
  });
}

