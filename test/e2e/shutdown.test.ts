import { replicaPort, startReplica } from '../support/replica.js';

const messages = (lines: string[]) =>
  lines.flatMap((line) => {
    try {
      return [(JSON.parse(line) as { msg: string }).msg];
    } catch {
      return [];
    }
  });

describe('shutdown on SIGTERM', () => {
  it.each([
    ['bookings', replicaPort('shutdown:bookings')],
    ['gateway', replicaPort('shutdown:gateway')],
  ] as const)('%s drains, closes its connections and exits 0', async (service, port) => {
    const lines: string[] = [];
    // As in development and production, where libraries may install signal handlers of their own.
    const replica = await startReplica(service, port, { NODE_ENV: 'development' }, (_service, line) => lines.push(line));
    const started = Date.now();
    expect(await replica.stop()).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    const log = messages(lines);
    expect(log).toContain('shutting down');
    expect(log.at(-1)).toBe('stopped');
    expect(lines.join('\n')).not.toMatch(/shutdown step failed/);
  }, 60_000);
});
