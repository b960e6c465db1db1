import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';
// The CommonJS build: its ES module build imports graphql's .mjs files, a second graphql
// instance next to the one Apollo Gateway uses.
import queryComplexity, { type ComplexityEstimator } from 'graphql-query-complexity/cjs';

const { getComplexity, simpleEstimator } = queryComplexity;

/** A paginated list field costs its page size times what each node selects. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + args.first * Math.max(childComplexity, 1) : undefined;

/** Refuses operations nested deeper than `maxDepth` (introspection excepted). */
export const depthLimitRule = (maxDepth: number): ValidationRule => depthLimit(maxDepth, { ignore: [/^__/] });

/**
 * Refuses operations whose estimated cost (fields, multiplied by page sizes) exceeds
 * `maxComplexity` before any subgraph is called.
 */
export function complexityLimit(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Invalid variables: execution reports them to the client as BAD_USER_INPUT.
            return;
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(`Operation too complex: cost ${complexity}, limit ${maxComplexity}`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
