import { buildFederatedSchema, gatewayServedPubSub } from '@boxoffice/platform';
import { referenceResolvers, resolvers } from './resolvers/index.js';
import { UserRef } from './types/index.js';

/** User is reached from no field of this subgraph, only through the gateway: it is listed so that it composes. */
export const buildNotificationsSchema = () =>
  buildFederatedSchema({ resolvers, pubSub: gatewayServedPubSub, orphanedTypes: [UserRef] }, referenceResolvers);
