import { EventEmitter } from 'node:events';

/**
 * Tells requests waiting in this process for a fact (see ProjectionWait) that a fact about an
 * aggregate was just applied to the projections, so they look again then instead of polling.
 */
class AppliedFacts {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  applied(aggregateId: string): void {
    this.emitter.emit(aggregateId);
  }

  /** Resolves when the next fact about `aggregateId` is applied, or after `timeoutMs`. */
  next(aggregateId: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.emitter.off(aggregateId, done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.emitter.once(aggregateId, done);
    });
  }
}

export const appliedFacts = new AppliedFacts();
