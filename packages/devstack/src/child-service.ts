import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export type LogSink = (service: string, line: string) => void;

/** One service process of the stack, its output passed line by line to `log`. */
export class ChildService {
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;

  constructor(
    readonly name: string,
    entry: string,
    env: NodeJS.ProcessEnv,
    log: LogSink,
  ) {
    // kafkajs 2.2 trips a harmless TimeoutNegativeWarning on Node 24; keep it out of the logs.
    this.child = spawn(process.execPath, ['--enable-source-maps', '--disable-warning=TimeoutNegativeWarning', entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => log(name, line));
    }
    // 'close' comes after the output is drained, so a service's last log lines are never lost.
    this.exited = new Promise((resolve) => this.child.once('close', (code) => resolve(code)));
  }

  /** Polls `url` until it answers 200; fails early if the process dies. */
  async waitUntilReady(url: string, timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let dead = false;
    void this.exited.then(() => (dead = true));
    while (Date.now() < deadline) {
      if (dead) throw new Error(`${this.name} exited during start-up (see its log)`);
      const ok = await fetch(url).then((res) => res.ok, () => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${this.name} was not ready within ${timeoutMs / 1000} s`);
  }

  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`; resolves to the exit code. */
  async stop(graceMs = 15_000): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}
