import { GraphQLError } from 'graphql';

/** The codes of refused operations (listed in README "Security"). All are HTTP 400. */
export type LimitCode = 'DOCUMENT_TOO_LARGE' | 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX' | 'GRAPHQL_VALIDATION_FAILED' | 'BAD_REQUEST';

export const refusal = (code: LimitCode, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { ...extensions, code, http: { status: 400 } } });
