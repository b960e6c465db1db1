import { loadReferenced } from '@boxoffice/platform';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VenuesContext } from '../context.js';
import { Seat, Section } from '../entities/index.js';


@Resolver(() => Seat)
export class SeatResolver {
  @FieldResolver(() => Section)
  section(@Root() seat: Seat, @Ctx() ctx: VenuesContext): Promise<Section> {
    return loadReferenced(ctx.loaders.section, seat.sectionId, 'Section');
  }
}
