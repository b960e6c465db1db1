import type { ApolloServerPlugin } from '@apollo/server';
import { assessOperation, type OperationLimits } from './operation-analysis.js';

/**
 * Refuses, before any subgraph is called: documents with too many selections
 * (DOCUMENT_TOO_LARGE; `documentSizeLimit` counts tokens before parsing), operations that nest
 * too deeply (QUERY_TOO_DEEP) or would cost too much (QUERY_TOO_COMPLEX), and requests naming
 * an operation the document does not contain (BAD_REQUEST).
 */
export function operationLimits(limits: OperationLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const verdict = assessOperation({ document, schema, operationName: request.operationName, variables: request.variables }, limits);
          if (!verdict.allowed) throw verdict.error;
        },
      };
    },
  };
}
