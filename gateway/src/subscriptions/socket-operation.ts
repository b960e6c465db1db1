import { GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { documentSizeError } from '../limits/document-size.js';
import { assessOperation, type OperationLimits } from '../limits/operation-analysis.js';

export interface SocketOperationLimits extends OperationLimits {
  maxTokens: number;
}

const coded = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code } });

/**
 * What a `subscribe` message asks for, checked like an HTTP request: size, syntax
 * (GRAPHQL_PARSE_FAILED), validity (GRAPHQL_VALIDATION_FAILED), then the operation limits.
 * Returns the parsed document, or the errors to answer with (the socket stays open).
 */
export function checkSocketOperation(payload: SubscribePayload, schema: GraphQLSchema, limits: SocketOperationLimits): DocumentNode | GraphQLError[] {
  if (typeof payload.query !== 'string') return [new GraphQLError('The operation must be a string', { extensions: { code: 'BAD_REQUEST' } })];
  const tooLarge = documentSizeError(payload.query, limits.maxTokens);
  if (tooLarge) return [tooLarge];
  let document: DocumentNode;
  try {
    document = parse(payload.query);
  } catch (error) {
    return [coded(error instanceof GraphQLError ? error : new GraphQLError('Syntax error'), 'GRAPHQL_PARSE_FAILED')];
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return invalid.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED'));
  const verdict = assessOperation({ document, schema, operationName: payload.operationName, variables: payload.variables }, limits);
  return verdict.allowed ? document : [verdict.error];
}
