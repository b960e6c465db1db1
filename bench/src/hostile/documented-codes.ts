/**
 * Every `extensions.code` a client may receive (schema/contract.graphql and README "Security")
 * and the websocket close codes README documents.
 */
export const DOCUMENTED_CODES: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'SEAT_UNAVAILABLE',
  'HOLD_EXPIRED',
  'PAYMENT_DECLINED',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'DOCUMENT_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
]);

/** graphql-ws close codes: bad message, no init or bad token, forbidden, duplicate id, repeated init, too big. */
export const DOCUMENTED_CLOSE_CODES: ReadonlySet<number> = new Set([1000, 1009, 4400, 4401, 4403, 4409, 4429]);
