import { isUuid, requireViewer } from '@boxoffice/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PaymentsContext } from '../context.js';
import { BookingRef, Payment } from '../entities/index.js';
import { assertMayViewPayment } from '../services/payment-access.js';
import { PayForBookingArgs, RefundPaymentArgs } from '../types/index.js';

@Resolver(() => Payment)
export class PaymentResolver {
  @Authorized()
  @Query(() => Payment, { nullable: true, description: "The paying user, the event's organizer, or an admin; null for an unknown id." })
  async payment(@Arg('id', () => ID) id: string, @Ctx() ctx: PaymentsContext): Promise<Payment | null> {
    const payment = isUuid(id) ? await ctx.loaders.payment.load(id) : null;
    if (!payment) return null;
    assertMayViewPayment(requireViewer(ctx.auth), payment, await ctx.loaders.booking.load(payment.bookingId));
    return payment;
  }

  @Authorized()
  @Mutation(() => Payment, {
    description:
      "Pays a PENDING_PAYMENT booking of the caller. With the built-in mock provider, paymentMethod 'pm_card_visa' succeeds " +
      "and 'pm_card_declined' fails with PAYMENT_DECLINED. Same idempotencyKey from the same user returns the same payment " +
      'and never charges twice. Works immediately after checkout.',
  })
  payForBooking(@Args(() => PayForBookingArgs) args: PayForBookingArgs, @Ctx() ctx: PaymentsContext): Promise<Payment> {
    return ctx.payments.pay(ctx.em, requireViewer(ctx.auth), args, ctx.correlationId);
  }

  @Authorized()
  @Mutation(() => Payment, { description: "The event's organizer or an admin; amountCents defaults to the remaining amount." })
  refundPayment(@Args(() => RefundPaymentArgs) { paymentId, amountCents }: RefundPaymentArgs, @Ctx() ctx: PaymentsContext): Promise<Payment> {
    return ctx.refunds.refund(ctx.em, ctx.auth, paymentId, amountCents, ctx.correlationId);
  }

  @FieldResolver(() => BookingRef)
  booking(@Root() payment: Payment): BookingRef {
    return { id: payment.bookingId };
  }
}
