import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLDateTime } from 'graphql-scalars';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from '../auth/auth-checker.js';

const FEDERATION_LINK = `extend schema @link(
  url: "https://specs.apollo.dev/federation/v2.5"
  import: ["@key", "@shareable", "@external", "@requires", "@inaccessible", "@authenticated"]
)`;

export type ReferenceResolvers = GraphQLResolverMap<any>;

/**
 * type-graphql's apollo-federation-2 recipe: build the code-first schema, print it with its
 * directives under a Federation 2 `@link`, and hand that SDL plus the resolvers (with the
 * entities' `__resolveReference` merged in) to `buildSubgraphSchema`.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'authChecker' | 'scalarsMap'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    ...options,
    authChecker,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validate: false,
    // A subgraph may have no Query of its own.
    skipCheck: true,
  });
  return buildSubgraphSchema([
    {
      typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
      resolvers: mergeResolvers(createResolversMap(schema) as ReferenceResolvers, referenceResolvers),
    },
  ]);
}

function mergeResolvers(base: ReferenceResolvers, extra: ReferenceResolvers): ReferenceResolvers {
  const merged: ReferenceResolvers = { ...base };
  for (const [typeName, fields] of Object.entries(extra)) {
    merged[typeName] = { ...(base[typeName] as object), ...(fields as object) } as ReferenceResolvers[string];
  }
  return merged;
}
