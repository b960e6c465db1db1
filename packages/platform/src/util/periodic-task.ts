import type { Logger } from 'pino';

export interface PeriodicTaskOptions {
  /** Named in the log line of a failed run. */
  name: string;
  intervalMs: number;
  run: () => Promise<void>;
  logger: Logger;
}

/**
 * Runs `run` now and every `intervalMs`, one run at a time: a tick or `wake()` during a run
 * asks for exactly one more run after it. A failed run is logged and retried at the next tick.
 * `stop()` cancels the schedule and waits for the run under way.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(private readonly options: PeriodicTaskOptions) {}

  start(): this {
    this.timer = setInterval(() => this.wake(), this.options.intervalMs);
    this.wake();
    return this;
  }

  /** Runs now, or right after the run under way. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.options
      .run()
      .catch((err) => this.options.logger.warn({ err }, `${this.options.name} failed; will retry`))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }
}
