import type { GraphQLRequestContext } from '@apollo/server';
import { Kind, type SelectionSetNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * The type-graphql resolver classes answering a request's root fields, e.g. `BookingResolver`
 * (federation's `_entities` and `_service` under their own names). Read from type-graphql's
 * metadata once its schema has been built.
 */
export function resolverClassesOf(): (request: GraphQLRequestContext<object>) => string[] {
  const storage = getMetadataStorage();
  const classes = new Map<string, string>();
  for (const [operation, resolvers] of [
    ['query', storage.queries],
    ['mutation', storage.mutations],
    ['subscription', storage.subscriptions],
  ] as const) {
    for (const resolver of resolvers) classes.set(`${operation}.${resolver.schemaName}`, resolver.target.name);
  }
  return ({ operation, document }) => {
    if (!operation) return ['__invalid'];
    const fragments = new Map(
      (document?.definitions ?? []).flatMap((definition) =>
        definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition.selectionSet] as const] : [],
      ),
    );
    const names = new Set<string>();
    const visit = (selectionSet: SelectionSetNode) => {
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value !== '__typename') names.add(classes.get(`${operation.operation}.${selection.name.value}`) ?? selection.name.value);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
        else {
          const spread = fragments.get(selection.name.value);
          if (spread) visit(spread);
        }
      }
    };
    visit(operation.selectionSet);
    return names.size > 0 ? [...names] : ['__typename'];
  };
}
