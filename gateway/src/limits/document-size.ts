import { sendHttpError } from '@boxoffice/platform';
import type { RequestHandler } from 'express';
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { answerMediaType } from '../request-error-status.js';
import { refusal } from './limit-errors.js';

/**
 * DOCUMENT_TOO_LARGE when `query` holds more than `maxTokens` GraphQL tokens. Counting stops at
 * the limit, so it costs at most that many tokens of lexing; it runs before parsing and
 * validation, whose work grows faster than the document.
 */
export function documentSizeError(query: string, maxTokens: number): GraphQLError | undefined {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      tokens += 1;
      if (tokens > maxTokens) return refusal('DOCUMENT_TOO_LARGE', `Document too large: more than ${maxTokens} tokens`);
    }
  } catch {
    // A lexical error: the parser reports it as GRAPHQL_PARSE_FAILED.
  }
  return undefined;
}

/**
 * Refuses HTTP requests whose `query` (JSON body or GET parameter) holds more than `maxTokens`
 * tokens, with DOCUMENT_TOO_LARGE, before Apollo parses it: HTTP 400, or 200 for a client
 * answered as `application/json` (as for every request error, see request-error-status.ts).
 */
export function documentSizeLimit(maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const query: unknown = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    const error = typeof query === 'string' ? documentSizeError(query, maxTokens) : undefined;
    if (!error) return next();
    const mediaType = answerMediaType(req.header('accept')) ?? 'application/json';
    res.type(mediaType);
    sendHttpError(res, mediaType === 'application/json' ? 200 : 400, 'DOCUMENT_TOO_LARGE', error.message);
  };
}
