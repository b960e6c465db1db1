import { fileURLToPath } from 'node:url';
import { SUBGRAPH_NAMES, type SubgraphName } from '@boxoffice/platform';

/** The repository root, from this file's place in packages/devstack/dist. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const SUBGRAPHS = SUBGRAPH_NAMES;
export type { SubgraphName };

/** Ports relative to a base: the gateway on the base, subgraphs after it in SUBGRAPH_NAMES order (dev: 4000..4006). */
export const PORT_OFFSETS = Object.fromEntries([['gateway', 0], ...SUBGRAPH_NAMES.map((name, index) => [name, index + 1])]) as Record<
  SubgraphName | 'gateway',
  number
>;

export const entryPoint = (service: SubgraphName | 'gateway') =>
  service === 'gateway' ? `${REPO_ROOT}gateway/dist/index.js` : `${REPO_ROOT}subgraphs/${service}/dist/index.js`;
