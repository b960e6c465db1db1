import type { BookingFieldsFragment } from '../gql/graphql';
import { dateTime, money } from '../format';

const STATUS_WORDS: Record<BookingFieldsFragment['status'], string> = {
  PENDING_PAYMENT: 'Waiting for payment',
  CONFIRMED: 'Confirmed',
  CANCELLED: 'Cancelled',
  EXPIRED: 'Expired (not paid in time)',
  REFUNDED: 'Refunded',
};

/** Event, seats, status, amount and any refund of one booking. */
export function BookingSummary({ booking }: { booking: BookingFieldsFragment }) {
  const payment = booking.payment;
  return (
    <div class="summary">
      <a href={`#/events/${booking.event.id}`}>
        <strong>{booking.event.title}</strong>
      </a>
      <span>{dateTime(booking.event.startsAt)} · {booking.event.venue.name}</span>
      <span>{booking.seats.map((seat) => seat.label).join(', ')}</span>
      <span>
        <span class={`status ${booking.status.toLowerCase()}`} data-testid="booking-status">{STATUS_WORDS[booking.status]}</span> ·{' '}
        {money(booking.totalCents, booking.currency)}
      </span>
      {payment && payment.refundedCents > 0 && (
        <span data-testid="refund">Refunded {money(payment.refundedCents, booking.currency)} of {money(payment.amountCents, booking.currency)}</span>
      )}
      {awaitingRefund(booking) && <span class="muted" data-testid="refund-pending">Your refund is on its way…</span>}
    </div>
  );
}

export const cancellable = (booking: BookingFieldsFragment): boolean =>
  booking.status === 'PENDING_PAYMENT' || booking.status === 'CONFIRMED';

/** Cancelled after the money was taken, and not yet fully refunded: payments refunds once it hears of the cancellation. */
export const awaitingRefund = (booking: BookingFieldsFragment): boolean =>
  booking.status === 'CANCELLED' && (booking.payment?.status === 'SUCCEEDED' || booking.payment?.status === 'PARTIALLY_REFUNDED');
