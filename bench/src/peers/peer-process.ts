import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';

/** A gateway under test in a process of its own, its output kept in `logPath`. */
export class PeerProcess {
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;

  constructor(readonly name: string, args: string[], env: NodeJS.ProcessEnv, logPath: string, cwd?: string) {
    this.child = spawn(process.execPath, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = createWriteStream(logPath);
    this.child.stdout!.pipe(log);
    this.child.stderr!.pipe(log);
    this.exited = new Promise((resolve) => this.child.once('close', () => resolve()));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Waits until `url` answers a GraphQL `{ __typename }`. */
  async waitUntilReady(url: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`${this.name} exited during start-up`);
      const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(
        (res) => res.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${this.name} was not ready within ${timeoutMs / 1000} s`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
  }
}
