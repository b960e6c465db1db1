import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { SyncedRateLimiter } from '../src/limits/synced-rate-limiter.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('synced rate limiter', () => {
  const clients: Redis[] = [];
  const limiters: SyncedRateLimiter[] = [];
  const limiter = (redis: Redis, keyPrefix: string, points: number) => {
    const created = new SyncedRateLimiter({ redis, keyPrefix, points, windowSeconds: 60, syncIntervalMs: 60_000 });
    limiters.push(created);
    return created;
  };
  const redis = (url = REDIS_URL, options = {}) => {
    const client = new Redis(url, options);
    clients.push(client);
    return client;
  };
  afterEach(async () => {
    limiters.splice(0).forEach((l) => l.stop());
    await Promise.all(clients.splice(0).map((c) => c.quit().catch(() => c.disconnect())));
  });

  const consumeTimes = async (l: SyncedRateLimiter, key: string, times: number) => {
    const decisions = [];
    for (let i = 0; i < times; i += 1) decisions.push(await l.consume(key));
    return decisions;
  };

  it('admits the budget and refuses beyond it, with the time until the window ends', async () => {
    const l = limiter(redis(), `test:${randomUUID()}`, 5);
    const decisions = await consumeTimes(l, '192.0.2.1', 6);
    expect(decisions.slice(0, 5).every((d) => d.allowed)).toBe(true);
    const refused = decisions[5]!;
    expect(refused.allowed).toBe(false);
    expect(!refused.allowed && refused.retryAfterMs).toBeGreaterThan(50_000);
    expect((await l.consume('192.0.2.2')).allowed).toBe(true);
  });

  it('shares one budget between replicas through Redis, without a round trip per request', async () => {
    const prefix = `test:${randomUUID()}`;
    const client = redis();
    const [a, b] = [limiter(client, prefix, 10), limiter(client, prefix, 10)];
    // rate-limiter-flexible keeps the count at `<prefix>:<key>`.
    const sharedCount = async () => Number((await client.get(`${prefix}:client`)) ?? 0);
    expect((await consumeTimes(a, 'client', 8)).every((d) => d.allowed)).toBe(true);
    expect(await sharedCount()).toBe(0);
    await a.sync();
    expect(await sharedCount()).toBe(8);
    expect((await b.consume('client')).allowed).toBe(true);
    await b.sync();
    // b now knows of a's eight: one more is the tenth, the eleventh is refused.
    expect((await b.consume('client')).allowed).toBe(true);
    expect((await b.consume('client')).allowed).toBe(false);
  });

  it('still refuses over budget on its own while Redis is unreachable', async () => {
    const unreachable = redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    const l = limiter(unreachable, `test:${randomUUID()}`, 3);
    const decisions = await consumeTimes(l, 'client', 3);
    await l.sync();
    expect(decisions.every((d) => d.allowed)).toBe(true);
    const refused = await l.consume('client');
    expect(refused.allowed).toBe(false);
  });
});
