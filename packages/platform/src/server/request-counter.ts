import type { RequestHandler } from 'express';
import { Counter } from 'prom-client';
import { metricsRegistry } from '../metrics/registry.js';

const requests = new Counter({ name: 'graphql_requests_total', help: 'GraphQL HTTP requests received', registers: [metricsRegistry] });

/** Counts the GraphQL requests a subgraph receives (benchmarks count requests per change with it). */
export const countGraphqlRequests: RequestHandler = (_req, _res, next) => {
  requests.inc();
  next();
};
