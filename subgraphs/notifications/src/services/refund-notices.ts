import { PaymentEventTypes, type PaymentFacts, type RequestContext } from '@boxoffice/platform';
import { BookingProjection, EventProjection, NotificationCategory, NotificationKind } from '../entities/index.js';
import { formatMoney } from './mail-format.js';
import type { Notifier } from './notifier.js';

/**
 * Refunds from payments.payment. A cancelled booking's refund is part of its cancellation's
 * notice (the booking's or the event's), told by the fact's own reason: it may be consumed
 * before the cancellation it follows.
 */
export class RefundNotices {
  constructor(private readonly notifier: Notifier) {}

  async record(ctx: RequestContext, { type, facts }: { type: string; facts: PaymentFacts }): Promise<void> {
    if (type !== PaymentEventTypes.refunded || facts.refundReason === 'BOOKING_CANCELLED') return;
    const booking = await ctx.em.findOne(BookingProjection, facts.bookingId);
    const event = booking ? await ctx.em.findOne(EventProjection, booking.eventId) : null;
    const title = event?.title ?? 'your event';
    const refunded = formatMoney(facts.refundedCents, facts.currency);
    await this.notifier.notify(ctx, {
      userId: facts.userId,
      category: NotificationCategory.BOOKINGS,
      kind: NotificationKind.REFUND,
      dedupeKey: `refund:${facts.paymentId}:${facts.refundedCents}`,
      title: `Refund for ${title}`,
      body: `${refunded} of your payment of ${formatMoney(facts.amountCents, facts.currency)} for ${title} has been refunded.`,
      mail: { data: { event: title, refunded, paid: formatMoney(facts.amountCents, facts.currency), bookingId: facts.bookingId } },
    });
  }
}
