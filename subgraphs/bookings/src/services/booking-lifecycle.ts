import { randomBytes } from 'node:crypto';
import { recordEvents, type FactOrigin } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Booking, BookingStatus, Ticket, VenueSeat } from '../entities/index.js';
import { bookingEvent, type BookingChange, type BookingChangeFacts } from '../messaging/outgoing.js';
import { uncountSeats } from './customer-seats.js';
import { giveBackPromos } from './promo-redemptions.js';
import { releaseBookingSeats, sellBookingSeats } from './seat-inventory.js';

/*
 * Status changes of bookings. Callers hold the event's shared lock and the bookings' locks (see
 * locks.ts), call these inside that transaction, and record the availability change. Seats of
 * unpaid bookings count towards their customer's cap (customer-seats.ts) until paid or freed.
 */

export const OPEN_STATUSES: readonly BookingStatus[] = [BookingStatus.PENDING_PAYMENT, BookingStatus.CONFIRMED];

/** 144 random bits, URL-safe: what the QR code encodes and the door scanner sends. */
const newTicketCode = () => randomBytes(18).toString('base64url');

/** PENDING_PAYMENT → CONFIRMED: its seats become SOLD and it gets one ticket per seat. */
export async function confirmBooking(tx: EntityManager, booking: Booking, origin: FactOrigin): Promise<void> {
  const sold = await sellBookingSeats(tx, booking.id);
  if (sold !== booking.seatIds.length) {
    throw new Error(`Booking ${booking.id} owns ${sold} of its ${booking.seatIds.length} seats; refusing to confirm`);
  }
  await uncountSeats(tx, [unpaidSeats(booking)]);
  const seats = new Map((await tx.find(VenueSeat, { id: { $in: booking.seatIds } })).map((seat) => [seat.id, seat]));
  const tickets = booking.seatIds.map((seatId) => tx.create(Ticket, { bookingId: booking.id, eventId: booking.eventId, seatId, code: newTicketCode() }));
  tx.persist(tickets);
  booking.status = BookingStatus.CONFIRMED;
  const ticketFacts = tickets.map((ticket) => ({ ticketId: ticket.id, code: ticket.code, seatId: ticket.seatId, seatLabel: seats.get(ticket.seatId)?.label ?? '' }));
  recordEvents(tx, origin, [bookingEvent('confirmed', booking, { tickets: ticketFacts })]);
}

const CLOSED_STATUS = {
  cancelled: BookingStatus.CANCELLED,
  expired: BookingStatus.EXPIRED,
  refunded: BookingStatus.REFUNDED,
} as const satisfies Partial<Record<BookingChange, BookingStatus>>;

/**
 * Ends open bookings: their seats become AVAILABLE and their tickets void. An unpaid one gives
 * its promo code's use back; a paid one keeps it. A cancelled booking that was paid asks
 * payments for a refund (`refundWanted`); one cancelled with its event says so (`eventCancelled`).
 */
export async function closeBookings(
  tx: EntityManager,
  bookings: Booking[],
  change: keyof typeof CLOSED_STATUS,
  origin: FactOrigin,
  { eventCancelled = false }: { eventCancelled?: boolean } = {},
): Promise<void> {
  if (bookings.length === 0) return;
  const ids = bookings.map((booking) => booking.id);
  await releaseBookingSeats(tx, ids);
  await uncountSeats(tx, bookings.filter((booking) => booking.status === BookingStatus.PENDING_PAYMENT).map(unpaidSeats));
  await giveBackPromos(tx, bookings);
  await tx.execute(`update "ticket" set "voided_at" = now() where "booking_id" in (?) and "voided_at" is null`, [ids], 'run');
  for (const booking of bookings) {
    const changeFacts: BookingChangeFacts =
      change === 'cancelled' ? { refundWanted: booking.status === BookingStatus.CONFIRMED, ...(eventCancelled ? { eventCancelled } : {}) } : {};
    booking.status = CLOSED_STATUS[change];
    recordEvents(tx, origin, [bookingEvent(change, booking, changeFacts)]);
  }
}

const unpaidSeats = (booking: Booking) => ({ eventId: booking.eventId, userId: booking.userId, seats: booking.seatIds.length });

/**
 * A payment that succeeded for a booking that is no longer payable (expired or cancelled
 * meanwhile): the booking stays as it is and payments is asked to refund the money.
 */
export function requestLateRefund(tx: EntityManager, booking: Booking, origin: FactOrigin): void {
  recordEvents(tx, origin, [bookingEvent('cancelled', booking, { refundWanted: true })]);
}
