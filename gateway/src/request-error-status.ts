import type { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';

/** Apollo Server's media types, in the order it prefers them when a client accepts both. */
const MEDIA_TYPES = ['application/json', 'application/graphql-response+json'];

/**
 * Failures to parse or validate a document (our operation limits included: they are validation
 * rules) or to coerce its variables. The GraphQL over HTTP spec answers them with 400 under
 * `application/graphql-response+json` and with 200 under `application/json`.
 */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'DOCUMENT_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
]);

/** The media type a request with this `Accept` header is answered in, as Apollo Server chooses it (none acceptable: undefined). */
export function answerMediaType(accept: string | undefined): string | undefined {
  return accept ? new Negotiator({ headers: { accept } }).mediaType(MEDIA_TYPES) : 'application/json';
}

export const answeredAsPlainJson = (accept: string | undefined): boolean => answerMediaType(accept) === 'application/json';

/** Whether an answer made only of these error codes is a request error (see REQUEST_ERROR_CODES). */
export const onlyRequestErrors = (codes: readonly unknown[]): boolean =>
  codes.length > 0 && codes.every((code) => typeof code === 'string' && REQUEST_ERROR_CODES.has(code));

/**
 * Apollo Server answers request errors with 400 whatever the client accepts; a client that is
 * answered as `application/json` gets them with 200, as the GraphQL over HTTP spec says.
 */
export const requestErrorStatus: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    const plainJson = answeredAsPlainJson(request.http?.headers.get('accept'));
    return {
      async willSendResponse({ response }) {
        if (!plainJson || response.http.status !== 400 || response.body.kind !== 'single') return;
        const { data, errors = [] } = response.body.singleResult;
        if (data === undefined && onlyRequestErrors(errors.map((error) => error.extensions?.code))) response.http.status = 200;
      },
    };
  },
};
