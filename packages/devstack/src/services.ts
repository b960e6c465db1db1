import { fileURLToPath } from 'node:url';

/** The repository root, from this file's place in packages/devstack/dist. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const SUBGRAPHS = ['users', 'events', 'venues', 'bookings', 'payments'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

/** Ports relative to a base: the gateway on the base, subgraphs after it (dev: 4000..4005). */
export const PORT_OFFSETS: Record<SubgraphName | 'gateway', number> = {
  gateway: 0,
  users: 1,
  events: 2,
  venues: 3,
  bookings: 4,
  payments: 5,
};

export const entryPoint = (service: SubgraphName | 'gateway') =>
  service === 'gateway' ? `${REPO_ROOT}gateway/dist/index.js` : `${REPO_ROOT}subgraphs/${service}/dist/index.js`;
