/** The subgraphs of the supergraph, in the gateway's routing order. */
export const SUBGRAPH_NAMES = ['users', 'events', 'venues', 'bookings', 'payments', 'notifications', 'program'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** A subgraph's port when PORT is unset: right after the gateway's 4000, in SUBGRAPH_NAMES order. */
export const defaultSubgraphPort = (name: SubgraphName): number => 4001 + SUBGRAPH_NAMES.indexOf(name);
