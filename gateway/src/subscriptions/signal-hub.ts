import type { Logger } from '@boxoffice/platform';
import type { Redis } from 'ioredis';
import { decodeSignal, type ChangeSignal } from './change-signal.js';
import type { SubscriptionMetrics } from './subscription-metrics.js';

export interface SignalListener {
  /** A change of the channel's subject. */
  signal(signal: ChangeSignal): void;
  /** Signals may have been missed (Redis was away): read the current state. */
  resync(): void;
}

/**
 * Routes change signals to the listeners of a channel, from this replica's own fan-out
 * consumer (local) and from Redis (other replicas'). One Redis subscriber connection per
 * process; a channel is SUBSCRIBEd while it has a listener and UNSUBSCRIBEd when the last leaves.
 *
 * While Redis is away, local signals still flow and new listeners do not wait for it. When it is
 * back, every channel is subscribed again and every listener resyncs, since other replicas'
 * signals published meanwhile are lost.
 */
export class SignalHub {
  private readonly channels = new Map<string, { listeners: Set<SignalListener>; subscribed: Promise<unknown> }>();
  private connectedBefore = false;

  constructor(
    private readonly subscriber: Redis,
    private readonly metrics: SubscriptionMetrics,
    private readonly logger: Logger,
  ) {
    subscriber.on('message', (channel: string, message: string) => {
      const signal = decodeSignal(message);
      if (signal) this.deliver(channel, signal, Date.now());
    });
    subscriber.on('ready', () => {
      if (this.connectedBefore) this.resubscribe();
      this.connectedBefore = true;
    });
  }

  /** Resolves once Redis confirms the subscription (at once while Redis is away), so nothing published afterwards is missed. */
  async listen(channel: string, listener: SignalListener): Promise<() => void> {
    let entry = this.channels.get(channel);
    if (!entry) {
      entry = { listeners: new Set(), subscribed: this.subscribe(channel) };
      this.channels.set(channel, entry);
    }
    entry.listeners.add(listener);
    if (this.subscriber.status === 'ready') await entry.subscribed;
    return () => this.release(channel, listener);
  }

  /** A signal read from Kafka by this replica. */
  deliverLocal(channel: string, signal: ChangeSignal): void {
    this.deliver(channel, signal, signal.consumedAt);
  }

  private subscribe(channel: string): Promise<unknown> {
    return this.subscriber.subscribe(channel).catch((err: unknown) => this.logger.warn({ err, channel }, 'could not subscribe to a change channel; resubscribing when Redis is back'));
  }

  private resubscribe(): void {
    this.logger.info({ channels: this.channels.size }, 'Redis is back: resubscribing and refreshing every subscription');
    for (const [channel, entry] of this.channels) {
      entry.subscribed = this.subscribe(channel);
      for (const listener of entry.listeners) listener.resync();
    }
  }

  private deliver(channel: string, signal: ChangeSignal, receivedAt: number): void {
    const listeners = this.channels.get(channel)?.listeners;
    if (!listeners) return;
    this.metrics.signalReceived(signal, receivedAt);
    for (const listener of listeners) listener.signal(signal);
  }

  private release(channel: string, listener: SignalListener): void {
    const listeners = this.channels.get(channel)?.listeners;
    if (!listeners?.delete(listener) || listeners.size > 0) return;
    this.channels.delete(channel);
    void this.subscriber.unsubscribe(channel).catch(() => undefined);
  }
}
