import { BookingEventTypes, type ProjectionHandlers } from '@boxoffice/platform';
import type { UsersServices } from '../../context.js';
import { AuditAction } from '../../entities/index.js';

/** bookings.booking: cancellations (by the customer, the organizer's event cancellation, or a late payment's refund). */
export const bookingAudit = ({ auditLog }: UsersServices): ProjectionHandlers =>
  auditLog.handlers('BOOKING', { [BookingEventTypes.cancelled]: AuditAction.BOOKING_CANCELLED });
