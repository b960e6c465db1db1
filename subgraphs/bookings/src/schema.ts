import { buildFederatedSchema, gatewayServedPubSub } from '@boxoffice/platform';
import { referenceResolvers, resolvers } from './resolvers/index.js';

export const buildBookingsSchema = () => buildFederatedSchema({ resolvers, pubSub: gatewayServedPubSub }, referenceResolvers);
