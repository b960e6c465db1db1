import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '@boxoffice/platform';
import type { ChangeSignal } from './change-signal.js';
import type { SignalHub } from './signal-hub.js';
import type { SubscriptionMetrics } from './subscription-metrics.js';

export interface PushResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

/** One socket's subscription in a group. */
export interface GroupMember {
  /** `payload`: the serialized result, the same string for every member. */
  push(payload: string): void;
  /** The subscription could not start; it ends with these errors. */
  fail(errors: readonly GraphQLFormattedError[]): void;
}

export interface GroupSpec {
  channel: string;
  /** Push the current result to each member as it joins, or only after changes. */
  pushInitial: boolean;
  /** Runs the subscription's query (as the group's viewer, or anonymously for a public group). */
  execute(): Promise<PushResult>;
  /** The version a result shows, when the selection reveals it. */
  versionOf(result: PushResult): number | undefined;
}

/**
 * The subscriptions of one (root field, document, operation, variables, visibility): one
 * execution per change for all of them, serialized once. Signals at or below the version
 * already covered cost nothing; a signal during an execution marks the group dirty, and one
 * more execution follows with the latest state, so under a burst members may skip versions but
 * always end on the last one, and since executions run one after another, never go backwards.
 */
export class SubscriptionGroup {
  private readonly members = new Set<GroupMember>();
  private payload?: string;
  private version = -1;
  private started = false;
  private running = false;
  private dirty = false;
  private closed = false;
  private signalledAt = Date.now();
  private stopListening?: () => void;

  constructor(
    private readonly spec: GroupSpec,
    private readonly hub: SignalHub,
    private readonly metrics: SubscriptionMetrics,
    private readonly logger: Logger,
    private readonly onClosed: () => void,
  ) {}

  get size(): number {
    return this.members.size;
  }

  /** Listens first, then queries: a change landing in between is not lost. */
  async start(): Promise<void> {
    try {
      this.stopListening = await this.hub.listen(this.spec.channel, { signal: (signal) => this.signal(signal), resync: () => this.refresh() });
      if (this.closed) return this.stopListening();
      const result = await this.execute();
      if (result.errors?.length) return this.failAll(result.errors);
      this.payload = JSON.stringify(result);
      this.started = true;
      if (this.spec.pushInitial) for (const member of this.members) member.push(this.payload);
      if (this.dirty) void this.run();
    } catch (err) {
      this.logger.error({ err, channel: this.spec.channel }, 'subscription could not start');
      this.failAll([{ message: 'Could not start the subscription', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    }
  }

  join(member: GroupMember): void {
    this.members.add(member);
    if (this.started && this.spec.pushInitial && this.payload) member.push(this.payload);
  }

  leave(member: GroupMember): void {
    if (this.members.delete(member) && this.members.size === 0) this.close();
  }

  private signal(signal: ChangeSignal): void {
    if (signal.version <= this.version) return;
    this.version = signal.version;
    this.refresh();
  }

  /** Runs the query once more (or once more after the running one); a resync calls it whatever the versions say. */
  private refresh(): void {
    this.signalledAt = Date.now();
    if (!this.started || this.running) {
      this.dirty = true;
      return;
    }
    void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      do {
        this.dirty = false;
        try {
          this.publish(await this.execute());
        } catch (err) {
          this.logger.warn({ err, channel: this.spec.channel }, 'subscription query failed; the next change retries');
        }
      } while (this.dirty && !this.closed);
    } finally {
      this.running = false;
    }
  }

  private async execute(): Promise<PushResult> {
    this.metrics.executions.inc();
    const result = await this.spec.execute();
    const version = this.spec.versionOf(result);
    if (version !== undefined && version > this.version) this.version = version;
    return result;
  }

  /** Identical results are not pushed again. */
  private publish(result: PushResult): void {
    const payload = JSON.stringify(result);
    if (payload === this.payload || this.closed) return;
    this.payload = payload;
    for (const member of this.members) member.push(payload);
    this.metrics.pushed(this.signalledAt);
  }

  private failAll(errors: readonly GraphQLFormattedError[]): void {
    const members = [...this.members];
    this.close();
    for (const member of members) member.fail(errors);
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.members.clear();
    this.stopListening?.();
    this.onClosed();
  }
}
