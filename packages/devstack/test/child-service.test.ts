import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChildService } from '../src/child-service.js';
import { eventually } from '../../../test/support/index.js';

/** A service that exits 0 on SIGINT or SIGTERM, as the subgraphs and the gateway do. */
const SERVICE = `for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
console.log('up');
setInterval(() => undefined, 1000);`;

const dir = mkdtempSync(join(tmpdir(), 'child-service-'));
const entry = join(dir, 'service.mjs');
writeFileSync(entry, SERVICE);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function started(): Promise<{ service: ChildService; lines: string[] }> {
  const lines: string[] = [];
  const service = new ChildService('probe', entry, process.env, (name, line) => lines.push(`${name}: ${line}`), { restartOnCrash: true });
  await eventually(async () => expect(lines).toContain('probe: up'));
  return { service, lines };
}

describe('a service the launcher restarts on a crash', () => {
  it('is restarted after it was killed', async () => {
    const { service, lines } = await started();
    const first = service.pid;
    await service.crash();
    await eventually(async () => expect(lines.filter((line) => line === 'probe: up')).toHaveLength(2));
    expect(lines).toContainEqual(expect.stringMatching(/^dev: probe died \(SIGKILL\); restarting it in/));
    expect(service.pid).not.toBe(first);
    await service.stop();
  });

  it('is not restarted after it shut down on a signal of its own (Ctrl-C reaches the whole group)', async () => {
    const { service, lines } = await started();
    process.kill(service.pid!, 'SIGINT');
    await eventually(async () => expect(lines).toContain('dev: probe stopped'));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(lines.filter((line) => /restart/.test(line))).toEqual([]);
    expect(lines.filter((line) => line === 'probe: up')).toHaveLength(1);
    expect(await service.stop()).toBe(0);
  });
});
