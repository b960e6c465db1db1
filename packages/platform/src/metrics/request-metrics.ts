import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { Counter, Histogram } from 'prom-client';
import { BoundedLabel } from './bounded-label.js';
import { metricsRegistry } from './registry.js';

export interface RequestMetricsOptions<C extends BaseContext> {
  /** Metric names start with it: `<prefix>_duration_seconds`, `<prefix>_errors_total`. */
  prefix: string;
  /** The label the requests are told apart by (`operation`, `resolver`). */
  label: string;
  /** The label values of one request, known once it has been answered (one or more). */
  valuesOf(request: GraphQLRequestContext<C>): string[];
}

/** Codes are ours, but a forwarded answer could carry any string. */
const MAX_CODES = 100;
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * An Apollo Server plugin recording each request's duration (its count is the request rate)
 * and its errors by `extensions.code`, under the values `valuesOf` gives.
 */
export function requestMetricsPlugin<C extends BaseContext>({ prefix, label, valuesOf }: RequestMetricsOptions<C>): ApolloServerPlugin<C> {
  const duration = new Histogram({
    name: `${prefix}_duration_seconds`,
    help: `Time from receiving a GraphQL request to answering it, by ${label}`,
    labelNames: [label],
    buckets: DURATION_BUCKETS,
    registers: [metricsRegistry],
  });
  const errors = new Counter({
    name: `${prefix}_errors_total`,
    help: `GraphQL errors answered, by ${label} and extensions.code`,
    labelNames: [label, 'code'],
    registers: [metricsRegistry],
  });
  const codes = new BoundedLabel(MAX_CODES);
  const codeOf = (error: GraphQLError): string => {
    const code = error.extensions?.code;
    return codes.of(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
  };
  return {
    async requestDidStart() {
      const started = performance.now();
      let encountered: readonly GraphQLError[] = [];
      return {
        async didEncounterErrors({ errors: found }) {
          encountered = found;
        },
        async willSendResponse(request) {
          const seconds = (performance.now() - started) / 1000;
          for (const value of valuesOf(request)) {
            duration.observe({ [label]: value }, seconds);
            for (const error of encountered) errors.inc({ [label]: value, code: codeOf(error) });
          }
        },
      };
    },
  };
}

