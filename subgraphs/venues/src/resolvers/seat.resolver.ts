import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VenuesContext } from '../context.js';
import { Seat, Section } from '../entities/index.js';
import { loadReferenced } from './load-referenced.js';

@Resolver(() => Seat)
export class SeatResolver {
  @FieldResolver(() => Section)
  section(@Root() seat: Seat, @Ctx() ctx: VenuesContext): Promise<Section> {
    return loadReferenced(ctx.loaders.section, seat.sectionId, 'Section');
  }
}
