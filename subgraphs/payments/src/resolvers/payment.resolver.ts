import { reference } from '@boxoffice/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PaymentsContext } from '../context.js';
import { Payment } from '../entities/index.js';
import { BookingRef, PayForBookingArgs, RefundPaymentArgs } from '../types/index.js';

@Resolver(() => Payment)
export class PaymentResolver {
  @Authorized()
  @Query(() => Payment, { nullable: true, description: "The paying user, the event's organizer, or an admin; null for an unknown id." })
  payment(@Arg('id', () => ID) id: string, @Ctx() ctx: PaymentsContext): Promise<Payment | null> {
    return ctx.services.reads.byId(ctx, id);
  }

  @Authorized()
  @Mutation(() => Payment, {
    description:
      "Pays a PENDING_PAYMENT booking of the caller. With the built-in mock provider, paymentMethod 'pm_card_visa' succeeds " +
      "and 'pm_card_declined' fails with PAYMENT_DECLINED. Same idempotencyKey from the same user returns the same payment " +
      'and never charges twice. Works immediately after checkout.',
  })
  payForBooking(@Args(() => PayForBookingArgs) args: PayForBookingArgs, @Ctx() ctx: PaymentsContext): Promise<Payment> {
    return ctx.services.payments.pay(ctx, args);
  }

  @Authorized()
  @Mutation(() => Payment, { description: "The event's organizer or an admin; amountCents defaults to the remaining amount." })
  refundPayment(@Args(() => RefundPaymentArgs) args: RefundPaymentArgs, @Ctx() ctx: PaymentsContext): Promise<Payment> {
    return ctx.services.refunds.refund(ctx, args);
  }

  @FieldResolver(() => BookingRef)
  booking(@Root() payment: Payment): BookingRef {
    return reference(payment.bookingId);
  }
}
