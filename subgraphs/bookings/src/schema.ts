import { buildFederatedSchema } from '@boxoffice/platform';
import { gatewayServedPubSub, referenceResolvers, resolvers } from './resolvers/index.js';

export const buildBookingsSchema = () => buildFederatedSchema({ resolvers, pubSub: gatewayServedPubSub }, referenceResolvers);
