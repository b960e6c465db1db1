import { EventEmitter, on } from 'node:events';
import type { Redis } from 'ioredis';

/**
 * One Redis subscriber connection shared by all websocket subscriptions of this gateway
 * process: a channel is SUBSCRIBEd while at least one listener wants it.
 */
export class RedisHub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly listeners = new Map<string, number>();

  constructor(private readonly subscriber: Redis) {
    subscriber.on('message', (channel: string, message: string) => this.emitter.emit(channel, message));
  }

  /**
   * Subscribes now and buffers every message from here on, so nothing published after this
   * resolves is missed; the iteration ends when `signal` aborts.
   */
  async listen(channel: string, signal: AbortSignal): Promise<AsyncIterable<string>> {
    const count = this.listeners.get(channel) ?? 0;
    this.listeners.set(channel, count + 1);
    signal.addEventListener('abort', () => void this.release(channel), { once: true });
    if (count === 0) await this.subscriber.subscribe(channel);
    const events = on(this.emitter, channel, { signal });
    return (async function* () {
      try {
        for await (const [message] of events) yield message as string;
      } catch (error) {
        if (!signal.aborted) throw error;
      }
    })();
  }

  private async release(channel: string): Promise<void> {
    const left = (this.listeners.get(channel) ?? 1) - 1;
    if (left > 0) {
      this.listeners.set(channel, left);
      return;
    }
    this.listeners.delete(channel);
    await this.subscriber.unsubscribe(channel).catch(() => undefined);
  }
}
