import { forbidden, isAdmin, requireViewer, type AuthContext } from '@boxoffice/platform';
import type { Booking } from '../entities/index.js';

/**
 * Who may read a booking: its owner, the event's organizer, or an admin. Anonymous callers get
 * UNAUTHENTICATED; anyone else authenticated FORBIDDEN.
 */
export function assertMayReadBooking(auth: AuthContext, booking: Booking): Booking {
  const viewer = requireViewer(auth);
  if (viewer.id !== booking.userId && viewer.id !== booking.organizerId && !isAdmin(viewer)) {
    throw forbidden('Only the booking\'s owner, the event\'s organizer or an admin may see this booking');
  }
  return booking;
}

/** The event's organizer or an admin: who may list an event's bookings or check tickets in. */
export function assertOrganizerOrAdmin(auth: AuthContext, organizerId: string, what: string): void {
  const viewer = requireViewer(auth);
  if (viewer.id !== organizerId && !isAdmin(viewer)) throw forbidden(`Only the event's organizer or an admin may ${what}`);
}
