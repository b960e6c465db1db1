import type { RequestHandler } from 'express';

let graphqlRequests = 0;

/** Counts the GraphQL requests a subgraph receives, for `/metrics` (benchmarks count requests per change with it). */
export const countGraphqlRequests: RequestHandler = (_req, _res, next) => {
  graphqlRequests += 1;
  next();
};

export const graphqlRequestCount = (): number => graphqlRequests;
