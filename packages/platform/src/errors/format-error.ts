import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { isConnectionFailure } from './connection-failure.js';
import { CONTRACT_ERROR_CODES } from './domain-error.js';

/**
 * Codes that GraphQL servers produce for malformed requests; safe to show. Apollo's
 * PERSISTED_QUERY_NOT_SUPPORTED (persisted queries are on) and OPERATION_RESOLUTION_FAILURE (the
 * gateway's operation limits refuse an operation it cannot pick as BAD_REQUEST first) never reach
 * a client, so they are not passed through.
 */
export const PROTOCOL_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  // The gateway's operation limits (gateway/src/limits).
  'DOCUMENT_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  // The gateway could not reach the subgraph named in `extensions.subgraph` (see README, Failure modes).
  'SUBGRAPH_UNAVAILABLE',
]);

/**
 * Apollo Server `formatError`: contract and protocol errors pass through; a database (or other
 * dependency) that cannot be reached is `SUBGRAPH_UNAVAILABLE` naming `service`, as the gateway
 * says of a subgraph it cannot reach; anything else is logged with its cause and replaced, so no
 * stack trace or SQL ever reaches a client.
 */
export function createErrorFormatter(logger: Logger, service: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && (CONTRACT_ERROR_CODES.has(code) || PROTOCOL_CODES.has(code))) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    // Apollo's own refusals of malformed requests (e.g. a persisted query whose hash does not
    // match) carry an HTTP 4xx status but no code.
    if (isClientFault(error)) return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    if (isConnectionFailure(error)) {
      logger.warn({ err: error, path: formatted.path }, 'a dependency could not be reached while resolving');
      return {
        message: `The ${service} service is unavailable; try again shortly`,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: service },
      };
    }
    logger.error({ err: error, path: formatted.path }, 'internal error while resolving');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function isClientFault(error: unknown): boolean {
  const status = error instanceof GraphQLError ? (error.extensions.http as { status?: unknown } | undefined)?.status : undefined;
  return typeof status === 'number' && status >= 400 && status < 500;
}
