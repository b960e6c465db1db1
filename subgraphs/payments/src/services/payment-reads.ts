import { isUuid, requireViewer } from '@boxoffice/platform';
import type { PaymentsContext } from '../context.js';
import type { Payment } from '../entities/index.js';
import { assertMayViewPayment, mayViewPayment } from './payment-access.js';
import { paymentOfBooking } from './payment-of-booking.js';

/** Reading payments: the paying user, the event's organizer, or an admin. */
export class PaymentReads {
  /** Null for an unknown id; FORBIDDEN for anyone who may not see it. */
  async byId(ctx: PaymentsContext, id: string): Promise<Payment | null> {
    const payment = isUuid(id) ? await ctx.loaders.payment.load(id) : null;
    if (!payment) return null;
    assertMayViewPayment(requireViewer(ctx.auth), payment, await ctx.loaders.booking.load(payment.bookingId));
    return payment;
  }

  /** Null also when the caller may see the booking but not its payment (the payment's own rule applies). */
  async ofBooking(ctx: PaymentsContext, bookingId: string): Promise<Payment | null> {
    const payment = paymentOfBooking(await ctx.loaders.bookingAttempts.load(bookingId));
    if (!payment) return null;
    return mayViewPayment(ctx.auth.viewer, payment, await ctx.loaders.booking.load(payment.bookingId)) ? payment : null;
  }
}
