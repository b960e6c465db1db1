/** The five subgraphs of the supergraph, in the gateway's routing order. */
export const SUBGRAPH_NAMES = ['users', 'events', 'venues', 'bookings', 'payments'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];
