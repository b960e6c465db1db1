import type { SubgraphDefinition } from '@boxoffice/platform';
import { createVenuesContext, type VenuesContext } from './context.js';
import { Seat, Section, Venue } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { buildVenuesSchema } from './schema.js';

export const venuesSubgraph: SubgraphDefinition<VenuesContext> = {
  name: 'venues',
  defaultPort: 4003,
  entities: [Venue, Section, Seat],
  migrations,
  buildSchema: buildVenuesSchema,
  async wire() {
    return { createContext: createVenuesContext };
  },
};
