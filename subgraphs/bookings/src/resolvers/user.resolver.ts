import { findPage, forbidden, ownsOrAdmin, PageArgs, type Page } from '@boxoffice/platform';
import { Args, Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BookingsContext } from '../context.js';
import { Booking } from '../entities/index.js';
import { BookingConnection, NEWEST_FIRST, UserRef } from '../types/index.js';

/** Bookings' field on the users subgraph's User. */
@Resolver(() => UserRef)
export class UserFieldsResolver {
  @Authorized()
  @Directive('@authenticated')
  @FieldResolver(() => BookingConnection, { description: "Owned by bookings: this user's bookings; only the user themself or an admin." })
  bookings(@Root() user: UserRef, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: BookingsContext): Promise<Page<Booking>> {
    if (!ownsOrAdmin(ctx.auth.viewer, user.id)) throw forbidden("Only the user themself or an admin may see a user's bookings");
    return findPage(ctx.em, Booking, { userId: user.id }, NEWEST_FIRST, page);
  }
}
