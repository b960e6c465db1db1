import type { ReferenceResolvers } from '@boxoffice/platform';
import type { VenuesContext } from '../context.js';
import { SeatResolver } from './seat.resolver.js';
import { SectionResolver } from './section.resolver.js';
import { VenueResolver } from './venue.resolver.js';

export const resolvers = [VenueResolver, SectionResolver, SeatResolver] as const;

type Reference = { id: string };

/** Federation: other subgraphs reference venues, sections and seats by id; each kind is batched into one query. */
export const referenceResolvers: ReferenceResolvers = {
  Venue: { __resolveReference: ({ id }: Reference, ctx: VenuesContext) => ctx.loaders.venue.load(id) },
  Section: { __resolveReference: ({ id }: Reference, ctx: VenuesContext) => ctx.loaders.section.load(id) },
  Seat: { __resolveReference: ({ id }: Reference, ctx: VenuesContext) => ctx.loaders.seat.load(id) },
};
