import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { assessOperation, type OperationLimits, type OperationVerdict } from './operation-analysis.js';

/**
 * Refuses, before any subgraph is called: documents with too many selections
 * (DOCUMENT_TOO_LARGE; `documentSizeLimit` counts tokens before parsing), operations that nest
 * too deeply (QUERY_TOO_DEEP) or would cost too much (QUERY_TOO_COMPLEX), and requests naming
 * an operation the document does not contain (BAD_REQUEST). Verdicts are kept per document
 * text and operation (and variable values, for operations that declare variables) in an LRU
 * bounded by the total length of those keys.
 */
export function operationLimits(limits: OperationLimits, cacheChars = 16 * 1024 * 1024): ApolloServerPlugin {
  const verdicts = new LRUCache<string, OperationVerdict>({ maxSize: cacheChars, sizeCalculation: (_verdict, key) => key.length });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, source, operation }) {
          const key = verdictKey(source, request.operationName, operation, request.variables);
          let verdict = verdicts.get(key);
          if (!verdict) {
            verdict = assessOperation({ document, schema, operationName: request.operationName, variables: request.variables }, limits);
            verdicts.set(key, verdict);
          }
          if (!verdict.allowed) throw verdict.error;
        },
      };
    },
  };
}

function verdictKey(source: string, operationName: string | null | undefined, operation: OperationDefinitionNode | undefined, variables: Record<string, unknown> | undefined): string {
  const variablesPart = operation?.variableDefinitions?.length ? JSON.stringify(variables ?? {}) : '';
  return `${operationName ?? ''}\n${variablesPart}\n${source}`;
}
