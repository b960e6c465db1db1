import { PageArgs, type Page } from '@boxoffice/platform';
import { Args, Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BookingsContext } from '../context.js';
import { Booking } from '../entities/index.js';
import { BookingConnection, UserRef } from '../types/index.js';

/** Bookings' field on the users subgraph's User. */
@Resolver(() => UserRef)
export class UserFieldsResolver {
  @Authorized()
  @Directive('@authenticated')
  @FieldResolver(() => BookingConnection, { description: "Owned by bookings: this user's bookings; only the user themself or an admin." })
  bookings(@Root() user: UserRef, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: BookingsContext): Promise<Page<Booking>> {
    return ctx.services.listings.ofUser(ctx, { userId: user.id, page });
  }
}
