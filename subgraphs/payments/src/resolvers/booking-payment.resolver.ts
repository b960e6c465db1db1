import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PaymentsContext } from '../context.js';
import { Payment } from '../entities/index.js';
import { BookingRef } from '../types/index.js';

@Resolver(() => BookingRef)
export class BookingPaymentResolver {
  @FieldResolver(() => Payment, { nullable: true, description: 'Owned by payments: the payment that took the money, else the latest attempt.' })
  payment(@Root() booking: BookingRef, @Ctx() ctx: PaymentsContext): Promise<Payment | null> {
    return ctx.services.reads.ofBooking(ctx, booking.id);
  }
}
