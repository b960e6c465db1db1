import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PaymentsContext } from '../context.js';
import { BookingRef, Payment } from '../entities/index.js';
import { mayViewPayment } from '../services/payment-access.js';
import { paymentOfBooking } from '../services/payment-of-booking.js';

@Resolver(() => BookingRef)
export class BookingPaymentResolver {
  /** Null also when the caller may see the booking but not its payment (the payment's own rule applies). */
  @FieldResolver(() => Payment, { nullable: true, description: 'Owned by payments: the payment that took the money, else the latest attempt.' })
  async payment(@Root() booking: BookingRef, @Ctx() ctx: PaymentsContext): Promise<Payment | null> {
    const payment = paymentOfBooking(await ctx.loaders.bookingAttempts.load(booking.id));
    if (!payment) return null;
    return mayViewPayment(ctx.auth.viewer, payment, await ctx.loaders.booking.load(payment.bookingId)) ? payment : null;
  }
}
