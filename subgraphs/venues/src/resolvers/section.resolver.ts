import { loadReferenced } from '@boxoffice/platform';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VenuesContext } from '../context.js';
import { Seat, Section, Venue } from '../entities/index.js';


@Resolver(() => Section)
export class SectionResolver {
  @FieldResolver(() => Venue)
  venue(@Root() section: Section, @Ctx() ctx: VenuesContext): Promise<Venue> {
    return loadReferenced(ctx.loaders.venue, section.venueId, 'Venue');
  }

  @FieldResolver(() => [Seat])
  seats(@Root() section: Section, @Ctx() ctx: VenuesContext): Promise<Seat[]> {
    return ctx.loaders.seatsOfSection.load(section.id);
  }
}
