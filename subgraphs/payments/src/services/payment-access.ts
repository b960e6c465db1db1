import { assertOwnerOrAdmin, forbidden, ownsOrAdmin, type AuthContext, type Viewer } from '@boxoffice/platform';
import type { BookingProjection, Payment } from '../entities/index.js';

/** The paying user, the event's organizer, or an admin may see a payment. */
export const mayViewPayment = (viewer: Viewer | undefined, payment: Payment, booking: BookingProjection | null): boolean =>
  ownsOrAdmin(viewer, payment.userId) || (booking !== null && ownsOrAdmin(viewer, booking.organizerId));

export function assertMayViewPayment(viewer: Viewer, payment: Payment, booking: BookingProjection | null): void {
  if (!mayViewPayment(viewer, payment, booking)) throw forbidden("Only the paying user, the event's organizer or an admin may see this payment");
}

/** Refunds are the event organizer's (or an admin's) decision. */
export function assertMayRefund(auth: AuthContext, booking: BookingProjection): void {
  assertOwnerOrAdmin(auth, booking.organizerId, "this payment's event");
}

/** Only the customer who booked may pay; not even an admin pays for someone else. */
export function assertMayPay(viewer: Viewer, booking: BookingProjection): void {
  if (viewer.id !== booking.userId) throw forbidden('Only the customer who made this booking may pay for it');
}
