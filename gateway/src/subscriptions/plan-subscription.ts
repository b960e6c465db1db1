import {
  getArgumentValues,
  GraphQLError,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Viewer } from '@boxoffice/platform';
import { SUBSCRIPTION_SOURCES, type SubscriptionSource } from './subscription-sources.js';

export interface SubscriptionPlan {
  source: SubscriptionSource;
  /** The subscribed field's arguments, coerced. */
  args: Record<string, unknown>;
  channel: string;
  /** Where the subscribed field's value is in a result: its alias or name. */
  responseKey: string;
  /** The subscription rewritten as a query of `source.queryField`, aliased to the subscribed field. */
  query: DocumentNode;
}

/**
 * Rewrites `subscription { seatAvailabilityChanged(eventId: $id) { ...selection } }` into
 * `query { seatAvailabilityChanged: seatAvailability(eventId: $id) { ...selection } }`, so
 * every push is a normal federated query and the response keeps the subscribed field's name.
 */
export function planSubscription(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
  viewer?: Viewer,
): SubscriptionPlan {
  const field = operation.selectionSet.selections[0];
  if (operation.selectionSet.selections.length !== 1 || field?.kind !== Kind.FIELD) {
    throw new GraphQLError('A subscription selects exactly one root field', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const source = SUBSCRIPTION_SOURCES[field.name.value];
  const fieldDefinition = schema.getSubscriptionType()?.getFields()[field.name.value];
  if (!source || !fieldDefinition) {
    throw new GraphQLError(`Unknown subscription ${field.name.value}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (source.forViewer && !viewer) throw new GraphQLError('Authentication required', { extensions: { code: 'UNAUTHENTICATED' } });
  const args = getArgumentValues(fieldDefinition, field, variables ?? {});
  const queryField: FieldNode = {
    ...field,
    alias: field.alias ?? { kind: Kind.NAME, value: field.name.value },
    name: { kind: Kind.NAME, value: source.queryField },
  };
  const query: DocumentNode = {
    ...document,
    definitions: document.definitions.map((definition) =>
      definition === operation
        ? { ...operation, operation: OperationTypeNode.QUERY, selectionSet: { ...operation.selectionSet, selections: [queryField] } }
        : definition,
    ),
  };
  return { source, args, channel: source.channel(args, viewer), responseKey: queryField.alias!.value, query };
}

