import { VenueEventTypes, type ProjectionHandlers } from '@boxoffice/platform';
import type { UsersServices } from '../../context.js';
import { AuditAction } from '../../entities/index.js';

/** venues.venue: a venue created or changed (its seat map pieces are part of its creation). */
export const venueAudit = ({ auditLog }: UsersServices): ProjectionHandlers =>
  auditLog.handlers('VENUE', { [VenueEventTypes.created]: AuditAction.VENUE_CREATED, [VenueEventTypes.updated]: AuditAction.VENUE_UPDATED });
