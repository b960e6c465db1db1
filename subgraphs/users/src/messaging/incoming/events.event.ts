import { EventEventTypes, type ProjectionHandlers } from '@boxoffice/platform';
import type { UsersServices } from '../../context.js';
import { AuditAction } from '../../entities/index.js';

/** events.event: every change an organizer or admin makes (completion is the calendar's, not anyone's). */
export const eventAudit = ({ auditLog }: UsersServices): ProjectionHandlers =>
  auditLog.handlers('EVENT', {
    [EventEventTypes.created]: AuditAction.EVENT_CREATED,
    [EventEventTypes.updated]: AuditAction.EVENT_UPDATED,
    [EventEventTypes.published]: AuditAction.EVENT_PUBLISHED,
    [EventEventTypes.cancelled]: AuditAction.EVENT_CANCELLED,
  });
