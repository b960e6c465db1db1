import { createLogger } from '@boxoffice/platform';
import type { ChangeSignal } from '../../src/subscriptions/change-signal.js';
import type { SignalHub, SignalListener } from '../../src/subscriptions/signal-hub.js';
import { SubscriptionGroup, type PushResult } from '../../src/subscriptions/subscription-group.js';
import { Registry } from 'prom-client';
import { SubscriptionMetrics } from '../../src/subscriptions/subscription-metrics.js';

const signal = (version: number): ChangeSignal => ({ version, occurredAt: 0, producedAt: 0, consumedAt: 0 });
const tick = () => new Promise((resolve) => setImmediate(resolve));
const executions = async (metrics: SubscriptionMetrics) => (await metrics.executions.get()).values[0]?.value;

/** A group over a hub that only records its listener, and an execution the test completes by hand. */
function setup() {
  let listener: SignalListener | undefined;
  let released = false;
  const hub = {
    listen: async (_channel: string, l: SignalListener) => {
      listener = l;
      return () => (released = true);
    },
  } as unknown as SignalHub;
  let state = 1;
  const pending: Array<() => void> = [];
  const metrics = new SubscriptionMetrics({ groups: () => 0, sockets: () => 0, subscriptions: () => 0 }, new Registry());
  const group = new SubscriptionGroup(
    {
      channel: 'test',
      pushInitial: true,
      // Reads the state when it starts, answers when the test lets it.
      execute: () => {
        const seen = state;
        return new Promise<PushResult>((resolve) => pending.push(() => resolve({ data: { field: { version: seen } } })));
      },
      versionOf: (result) => (result.data?.field as { version: number }).version,
    },
    hub,
    metrics,
    createLogger('test', 'silent'),
    () => undefined,
  );
  const pushed: number[] = [];
  const member = { push: (payload: string) => pushed.push(JSON.parse(payload).data.field.version), fail: () => undefined };
  const finishNext = async () => {
    await tick();
    pending.shift()?.();
    await tick();
  };
  return {
    group,
    member,
    pushed,
    metrics,
    pending,
    finishNext,
    signal: (version: number) => listener!.signal(signal(version)),
    resync: () => listener!.resync(),
    setState: (version: number) => (state = version),
    released: () => released,
  };
}

describe('a subscription group', () => {
  it('coalesces signals that arrive during an execution into one more execution with the latest state', async () => {
    const t = setup();
    t.group.join(t.member);
    void t.group.start();
    await t.finishNext();
    expect(t.pushed).toEqual([1]);
    t.setState(2);
    t.signal(2);
    await tick();
    for (let version = 3; version <= 50; version += 1) {
      t.setState(version);
      t.signal(version);
    }
    await t.finishNext(); // the execution that saw version 2
    await t.finishNext(); // one more, for everything that came meanwhile
    expect(t.pushed).toEqual([1, 2, 50]);
    expect(await executions(t.metrics)).toBe(3);
    expect(t.pending).toHaveLength(0);
  });

  it('costs no execution for a stale or duplicate signal', async () => {
    const t = setup();
    t.group.join(t.member);
    t.setState(5);
    void t.group.start();
    await t.finishNext();
    t.signal(5);
    t.signal(3);
    await tick();
    expect(await executions(t.metrics)).toBe(1);
    expect(t.pending).toHaveLength(0);
  });

  it('reads the current state again on a resync, whatever the versions say (signals lost while Redis was away)', async () => {
    const t = setup();
    t.group.join(t.member);
    t.setState(5);
    void t.group.start();
    await t.finishNext();
    // Another replica's change reached us at no version we saw: only a resync finds it.
    t.setState(7);
    t.resync();
    await t.finishNext();
    expect(t.pushed).toEqual([5, 7]);
    expect(await executions(t.metrics)).toBe(2);
  });

  it('gives a late member the current result without executing, and stops listening after the last leaves', async () => {
    const t = setup();
    t.group.join(t.member);
    void t.group.start();
    await t.finishNext();
    const late: number[] = [];
    const other = { push: (payload: string) => late.push(JSON.parse(payload).data.field.version), fail: () => undefined };
    t.group.join(other);
    expect(late).toEqual([1]);
    expect(await executions(t.metrics)).toBe(1);
    t.group.leave(t.member);
    expect(t.released()).toBe(false);
    t.group.leave(other);
    expect(t.released()).toBe(true);
  });
});
