import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type OperationDefinitionNode, type ValidationRule } from 'graphql';
import { LRUCache } from 'lru-cache';
import depthLimit from 'graphql-depth-limit';
// The CommonJS build: its ES module build imports graphql's .mjs files, a second graphql
// instance next to the one Apollo Gateway uses.
import queryComplexity, { type ComplexityEstimator } from 'graphql-query-complexity/cjs';

const { getComplexity, simpleEstimator } = queryComplexity;

/** A paginated list field costs its page size times what each node selects. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + args.first * Math.max(childComplexity, 1) : undefined;

/**
 * Refuses operations nested deeper than `maxDepth` (introspection excepted). A validation rule,
 * so Apollo Server runs it once per document text: validated documents are kept in its
 * document store and not validated again.
 */
export const depthLimitRule = (maxDepth: number): ValidationRule => depthLimit(maxDepth, { ignore: [/^__/] });

/** Marks an operation whose cost could not be computed (invalid variables). */
const UNKNOWN = -1;

/**
 * Refuses operations whose estimated cost (fields, multiplied by page sizes) exceeds
 * `maxComplexity` before any subgraph is called. Costs are kept per document text and operation
 * (and variable values, for operations that declare variables) in an LRU bounded by the
 * total length of those keys.
 */
export function complexityLimit(maxComplexity: number, cacheChars = 16 * 1024 * 1024): ApolloServerPlugin {
  const costs = new LRUCache<string, number>({ maxSize: cacheChars, sizeCalculation: (_cost, key) => key.length });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, source, operation }) {
          const key = costKey(source, request.operationName, operation, request.variables);
          let complexity = costs.get(key);
          if (complexity === undefined) {
            try {
              complexity = getComplexity({
                schema,
                query: document,
                operationName: request.operationName,
                variables: request.variables,
                estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch {
              complexity = UNKNOWN;
            }
            costs.set(key, complexity);
          }
          // Invalid variables: execution reports them to the client as BAD_USER_INPUT.
          if (complexity === UNKNOWN) return;
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

function costKey(source: string, operationName: string | null | undefined, operation: OperationDefinitionNode | undefined, variables: Record<string, unknown> | undefined): string {
  const variablesPart = operation?.variableDefinitions?.length ? JSON.stringify(variables ?? {}) : '';
  return `${operationName ?? ''}\n${variablesPart}\n${source}`;
}
