import type { Logger } from '@boxoffice/platform';
import type { SignalHub } from './signal-hub.js';
import { SubscriptionGroup, type GroupMember, type GroupSpec } from './subscription-group.js';
import type { SubscriptionMetrics } from './subscription-metrics.js';

/** This process's subscription groups by key; a group is dropped when its last member leaves. */
export class SubscriptionGroups {
  private readonly groups = new Map<string, SubscriptionGroup>();

  constructor(
    private readonly hub: SignalHub,
    private readonly metrics: SubscriptionMetrics,
    private readonly logger: Logger,
  ) {}

  get count(): number {
    return this.groups.size;
  }

  /** Adds `member` to the group of `key` (started from `spec()` if there is none); returns how to leave. */
  join(key: string, spec: () => GroupSpec, member: GroupMember): () => void {
    let group = this.groups.get(key);
    if (!group) {
      const created: SubscriptionGroup = new SubscriptionGroup(spec(), this.hub, this.metrics, this.logger, () => {
        if (this.groups.get(key) === created) this.groups.delete(key);
      });
      this.groups.set(key, created);
      group = created;
      group.join(member);
      void group.start();
    } else {
      group.join(member);
    }
    const joined = group;
    return () => joined.leave(member);
  }
}
