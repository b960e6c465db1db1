import { buildFederatedSchema } from '@boxoffice/platform';
import { referenceResolvers, resolvers } from './resolvers/index.js';

export const buildProgramSchema = () => buildFederatedSchema({ resolvers }, referenceResolvers);
