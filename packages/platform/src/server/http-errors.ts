import type { ErrorRequestHandler, Express, Response } from 'express';
import type { Logger } from 'pino';

/** Codes of failures answered before GraphQL runs (listed in README "Security"). */
export type HttpErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'DOCUMENT_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR';

/** Answers like a GraphQL response: `{ errors: [{ message, extensions: { code, … } }] }`. */
export function sendHttpError(res: Response, status: number, code: HttpErrorCode, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { ...extensions, code } }] });
}

/** The `type` of a body that does not match the gateway's signature (gateway-signature.ts). */
export const UNSIGNED_BODY_ERROR_TYPE = 'request.unsigned';

/** body-parser's documented error `type`s, as the status, code and message clients get. */
const BODY_ERRORS: Record<string, [number, HttpErrorCode, string]> = {
  'entity.parse.failed': [400, 'BAD_REQUEST', 'The body is not valid JSON (an object or an array)'],
  'entity.too.large': [413, 'PAYLOAD_TOO_LARGE', 'The body is too large'],
  'request.size.invalid': [400, 'BAD_REQUEST', 'The body is shorter or longer than its Content-Length'],
  'request.aborted': [400, 'BAD_REQUEST', 'The request was aborted'],
  'charset.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported charset: send UTF-8'],
  'encoding.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported Content-Encoding: send identity, gzip, deflate or br'],
  [UNSIGNED_BODY_ERROR_TYPE]: [401, 'UNAUTHENTICATED', 'Subgraphs answer only requests signed by the gateway'],
};

/**
 * Ends the middleware chain of every server: unknown routes are NOT_FOUND and errors raised
 * before GraphQL runs (malformed or oversized bodies, bad charsets or encodings) are JSON with
 * a code, never Express's HTML page with a stack trace. Mount it after every route.
 */
export function mountHttpErrorHandlers(app: Express, logger: Logger): void {
  app.use((_req, res) => sendHttpError(res, 404, 'NOT_FOUND', 'No such route'));
  const handler: ErrorRequestHandler = (err, req, res, _next) => {
    // The body was not read to its end (e.g. too large): this connection cannot carry another request.
    if (!req.complete) res.set('connection', 'close');
    const type = typeof err?.type === 'string' ? err.type : undefined;
    const status = Number(err?.status ?? err?.statusCode);
    const known = type ? BODY_ERRORS[type] : undefined;
    if (res.headersSent) {
      res.destroy();
    } else if (known) {
      sendHttpError(res, ...known);
    } else if (status >= 400 && status < 500) {
      sendHttpError(res, status, 'BAD_REQUEST', 'Bad request');
    } else {
      logger.error({ err }, 'request failed before GraphQL ran');
      sendHttpError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  };
  app.use(handler);
}
