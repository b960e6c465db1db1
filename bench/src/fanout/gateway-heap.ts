import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The gateway's heap with its garbage collected: the stack runs with
 * `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=<dir>`, and a heap snapshot, which Node takes
 * after a full collection, is requested by signal (then deleted). Without this, an idle process
 * keeps its old garbage and "heap used" says little about what it retains.
 */
export class GatewayHeap {
  constructor(
    private readonly diagnosticDir: string,
    private readonly port: number,
  ) {}

  static nodeOptions = (diagnosticDir: string) => `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${diagnosticDir}`;

  /** Collects the gateway's garbage (by a snapshot), then reads `heapUsed` through `read`. */
  async collected(read: () => Promise<number>): Promise<number> {
    process.kill(this.pid(), 'SIGUSR2');
    const file = await this.snapshotWritten();
    rmSync(file, { force: true });
    return read();
  }

  private pid(): number {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
        const environ = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
        if (cmdline.includes('gateway/dist/index.js') && environ.includes(`PORT=${this.port}`)) return Number(entry);
      } catch {
        // a process that ended meanwhile, or one of another user
      }
    }
    throw new Error(`no gateway process on port ${this.port}`);
  }

  /** Waits until a snapshot file exists and has stopped growing. */
  private async snapshotWritten(): Promise<string> {
    let last = -1;
    for (let i = 0; i < 600; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const file = readdirSync(this.diagnosticDir).find((name) => name.endsWith('.heapsnapshot'));
      if (!file) continue;
      const size = statSync(join(this.diagnosticDir, file)).size;
      if (size > 0 && size === last) return join(this.diagnosticDir, file);
      last = size;
    }
    throw new Error('the gateway wrote no heap snapshot');
  }
}
