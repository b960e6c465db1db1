import { fileURLToPath } from 'node:url';
import { SUBGRAPH_NAMES, type SubgraphName } from '@boxoffice/platform';

/** The repository root, from this file's place in packages/devstack/dist. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const SUBGRAPHS = SUBGRAPH_NAMES;
export type { SubgraphName };

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
