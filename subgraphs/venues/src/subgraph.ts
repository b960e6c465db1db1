import type { SubgraphDefinition } from '@boxoffice/platform';
import { createVenuesLoaders, type VenuesLoaders, type VenuesServices } from './context.js';
import { Seat, Section, Venue } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { buildVenuesSchema } from './schema.js';
import { VenueRegistration } from './services/venue-registration.js';
import { VenueSearch } from './services/venue-search.js';
import { VenueUpdate } from './services/venue-update.js';

export const venuesSubgraph: SubgraphDefinition<VenuesServices, VenuesLoaders> = {
  name: 'venues',
  entities: [Venue, Section, Seat],
  migrations,
  buildSchema: buildVenuesSchema,
  async wire() {
    return {
      services: { registration: new VenueRegistration(), update: new VenueUpdate(), search: new VenueSearch() },
      loaders: createVenuesLoaders,
    };
  },
};
