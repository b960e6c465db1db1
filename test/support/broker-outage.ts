import { execFileSync } from 'node:child_process';
import type { RunningStack } from '@boxoffice/devstack';

/**
 * Takes a private stack's embedded broker away as a crashed broker would be: its listeners
 * refuse connections (librdkafka's mock broker set down) and every established connection to
 * it is reset. The mock (librdkafka 2.0.2) leaves established connections open but silent, and
 * silent again after it is set up, which no real broker does; `ss -K` (iproute2, root) resets them.
 */
export function takeBrokerDown(stack: RunningStack): void {
  stack.broker!.takeDown();
  const ports = stack.kafkaBrokers.map((address) => address.split(':').pop()!);
  for (const port of ports) execFileSync('ss', ['-K', '-t', `( sport = :${port} or dport = :${port} )`], { stdio: 'ignore' });
}

export function bringBrokerUp(stack: RunningStack): void {
  stack.broker!.bringUp();
}
