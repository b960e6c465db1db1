import { buildFederatedSchema, gatewayServedPubSub } from '@boxoffice/platform';
import { referenceResolvers, resolvers } from './resolvers/index.js';

export const buildNotificationsSchema = () => buildFederatedSchema({ resolvers, pubSub: gatewayServedPubSub }, referenceResolvers);
