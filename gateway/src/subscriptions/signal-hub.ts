import type { Redis } from 'ioredis';
import { decodeSignal, type ChangeSignal } from './change-signal.js';
import type { SubscriptionMetrics } from './subscription-metrics.js';

export type SignalListener = (signal: ChangeSignal) => void;

/**
 * Routes change signals to the listeners of a channel, from this replica's own fan-out
 * consumer (local) and from Redis (other replicas'). One Redis subscriber connection per
 * process; a channel is SUBSCRIBEd while it has a listener and UNSUBSCRIBEd when the last leaves.
 */
export class SignalHub {
  private readonly channels = new Map<string, { listeners: Set<SignalListener>; subscribed: Promise<unknown> }>();

  constructor(
    private readonly subscriber: Redis,
    private readonly metrics: SubscriptionMetrics,
  ) {
    subscriber.on('message', (channel: string, message: string) => {
      const signal = decodeSignal(message);
      if (signal) this.deliver(channel, signal, Date.now());
    });
  }

  /** Resolves once Redis confirms the subscription, so nothing published afterwards is missed. */
  async listen(channel: string, listener: SignalListener): Promise<() => void> {
    let entry = this.channels.get(channel);
    if (!entry) {
      entry = { listeners: new Set(), subscribed: this.subscriber.subscribe(channel) };
      this.channels.set(channel, entry);
    }
    entry.listeners.add(listener);
    await entry.subscribed;
    return () => this.release(channel, listener);
  }

  /** A signal read from Kafka by this replica. */
  deliverLocal(channel: string, signal: ChangeSignal): void {
    this.deliver(channel, signal, signal.consumedAt);
  }

  private deliver(channel: string, signal: ChangeSignal, receivedAt: number): void {
    const listeners = this.channels.get(channel)?.listeners;
    if (!listeners) return;
    this.metrics.signalReceived(signal, receivedAt);
    for (const listener of listeners) listener(signal);
  }

  private release(channel: string, listener: SignalListener): void {
    const listeners = this.channels.get(channel)?.listeners;
    if (!listeners?.delete(listener) || listeners.size > 0) return;
    this.channels.delete(channel);
    void this.subscriber.unsubscribe(channel).catch(() => undefined);
  }
}
