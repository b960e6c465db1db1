import { TicketEventTypes, type ProjectionHandlers } from '@boxoffice/platform';
import type { UsersServices } from '../../context.js';
import { AuditAction } from '../../entities/index.js';

/** bookings.ticket: check-ins at the door. */
export const ticketAudit = ({ auditLog }: UsersServices): ProjectionHandlers =>
  auditLog.handlers('TICKET', { [TicketEventTypes.checkedIn]: AuditAction.TICKET_CHECKED_IN });
