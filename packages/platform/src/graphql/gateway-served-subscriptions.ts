import { GraphQLError } from 'graphql';
import type { PubSub } from 'type-graphql';

/** What a subgraph answers to a subscription sent to it directly. */
export const servedByGateway = () =>
  new GraphQLError('Subscriptions are served by the gateway over graphql-ws, not by the subgraphs', {
    extensions: { code: 'BAD_REQUEST' },
  });

/**
 * The contract's subscriptions belong to subgraphs' parts of the schema so that they compose,
 * but the gateway serves them itself: it re-runs a root query whenever a fact on Kafka
 * announces a change. type-graphql wants a PubSub for any subscription; this one refuses, as
 * does each field's `subscribe` (`subscribe: refuseSubscription`).
 */
export const gatewayServedPubSub: PubSub = {
  publish() {
    throw servedByGateway();
  },
  subscribe() {
    throw servedByGateway();
  },
};

export const refuseSubscription = (): never => {
  throw servedByGateway();
};
