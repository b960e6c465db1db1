import { resolveStub, type ReferenceResolvers } from '@boxoffice/platform';
import type { BookingsContext } from '../context.js';
import { SeatAvailabilityResolver } from './availability.resolver.js';
import { BookingResolver } from './booking.resolver.js';
import { EventFieldsResolver } from './event.resolver.js';
import { HoldResolver } from './hold.resolver.js';
import { PromoCodeResolver } from './promo-code.resolver.js';
import { SubscriptionResolver } from './subscription.resolver.js';
import { TicketResolver } from './ticket.resolver.js';
import { UserFieldsResolver } from './user.resolver.js';


export const resolvers = [
  SeatAvailabilityResolver,
  HoldResolver,
  BookingResolver,
  TicketResolver,
  PromoCodeResolver,
  EventFieldsResolver,
  UserFieldsResolver,
  SubscriptionResolver,
] as const;

/**
 * Federation: bookings resolves its Booking entity (batched, with the same visibility rule as
 * `booking(id)`) and the Event and User stubs it adds fields to.
 */
export const referenceResolvers: ReferenceResolvers = {
  Booking: {
    __resolveReference: (reference: { id: string }, ctx: BookingsContext) => ctx.services.listings.byId(ctx, reference.id),
  },
  Event: { __resolveReference: resolveStub },
  User: { __resolveReference: resolveStub },
};
