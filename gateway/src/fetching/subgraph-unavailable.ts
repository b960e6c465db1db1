import { GraphQLError } from 'graphql';

/**
 * What a client sees for the part of its operation a subgraph could not answer: the
 * subgraph's name, so the rest of the answer (partial data) can be trusted for what it is.
 */
export const subgraphUnavailable = (subgraph: string, cause?: unknown) =>
  new GraphQLError(`The ${subgraph} service is unavailable; try again shortly`, {
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph },
    originalError: cause instanceof Error ? cause : undefined,
  });

/** HTTP statuses that mean the subgraph is going away or overloaded, not that the request is wrong. */
export const UNAVAILABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);
