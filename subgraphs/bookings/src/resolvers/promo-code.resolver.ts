import { reference } from '@boxoffice/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { BookingsContext } from '../context.js';
import { PromoCode } from '../entities/index.js';
import { CreatePromoCodeArgs, EventRef, SectionRef } from '../types/index.js';

@Resolver(() => PromoCode)
export class PromoCodeResolver {
  @Authorized()
  @Mutation(() => PromoCode, { description: "The event's organizer or an admin. The code is unique per event, ignoring case." })
  createPromoCode(@Args(() => CreatePromoCodeArgs) args: CreatePromoCodeArgs, @Ctx() ctx: BookingsContext): Promise<PromoCode> {
    return ctx.services.promoCodes.create(ctx, args);
  }

  @Authorized()
  @Mutation(() => PromoCode, { description: "The event's organizer or an admin. Later checkouts refuse the code; bookings that used it keep their discount." })
  deactivatePromoCode(@Arg('id', () => ID) id: string, @Ctx() ctx: BookingsContext): Promise<PromoCode> {
    return ctx.services.promoCodes.deactivate(ctx, id);
  }

  @FieldResolver(() => EventRef)
  event(@Root() promo: PromoCode): EventRef {
    return reference(promo.eventId);
  }

  @FieldResolver(() => [SectionRef], { description: 'The sections it applies to; empty: every section.' })
  sections(@Root() promo: PromoCode): SectionRef[] {
    return promo.sectionIds.map(reference);
  }
}
