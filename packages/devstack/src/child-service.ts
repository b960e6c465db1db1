import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { restartDelayMs } from './restart-backoff.js';

export type LogSink = (service: string, line: string) => void;

export interface ChildServiceOptions {
  /**
   * Start the process again when it dies on its own (not through `stop()`), after a backoff
   * that grows with each crash in a row; the launcher says so on the `dev` log. Exit code 0 is
   * not a crash: the service shut down on a signal, as on Ctrl-C, which reaches every process of
   * the terminal's group before the launcher has stopped them.
   */
  restartOnCrash?: boolean;
}

/** Preloaded into every service: starts OpenTelemetry when OTEL_EXPORTER_OTLP_ENDPOINT is set. */
const TRACING = import.meta.resolve('@boxoffice/platform/tracing');

/** A process counts as healthy again (its backoff starts over) after running this long. */
const STABLE_AFTER_MS = 30_000;

/** One service process of the stack, its output passed line by line to `log`. */
export class ChildService {
  private child!: ChildProcess;
  private exited!: Promise<number | null>;
  private stopping = false;
  private crashesInARow = 0;
  private restartTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly name: string,
    private readonly entry: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly log: LogSink,
    private readonly options: ChildServiceOptions = {},
  ) {
    this.spawn();
  }

  /** The running process's id (a new one after each restart). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  private spawn(): void {
    const child = spawn(process.execPath, ['--enable-source-maps', `--import=${TRACING}`, this.entry], {
      env: { OTEL_SERVICE_NAME: this.name, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const startedAt = Date.now();
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => this.log(this.name, line));
    }
    // 'close' comes after the output is drained, so a service's last log lines are never lost.
    this.exited = new Promise((resolve) =>
      child.once('close', (code, signal) => {
        resolve(code);
        if (this.stopping || !this.options.restartOnCrash) return;
        if (code === 0) this.log('dev', `${this.name} stopped`);
        else this.restartLater(code, signal, Date.now() - startedAt);
      }),
    );
  }

  private restartLater(code: number | null, signal: NodeJS.Signals | null, ranMs: number): void {
    this.crashesInARow = ranMs >= STABLE_AFTER_MS ? 1 : this.crashesInARow + 1;
    const delay = restartDelayMs(this.crashesInARow);
    this.log('dev', `${this.name} died (${signal ?? `exit code ${code}`}); restarting it in ${delay / 1000} s (crash ${this.crashesInARow} in a row)`);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.stopping) return;
      this.log('dev', `${this.name} restarting`);
      this.spawn();
    }, delay);
  }

  /** Kills the process at once (SIGKILL), as a crash would; resolves once it is gone. For fault tests. */
  async crash(): Promise<void> {
    const exited = this.exited;
    this.child.kill('SIGKILL');
    await exited;
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
    this.stopping = true;
    clearTimeout(this.restartTimer);
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}
