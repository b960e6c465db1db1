import { SessionEventTypes, type ProjectionHandlers } from '@boxoffice/platform';
import type { UsersServices } from '../../context.js';
import { AuditAction } from '../../entities/index.js';

/** program.session: changes to the program of a published event. */
export const sessionAudit = ({ auditLog }: UsersServices): ProjectionHandlers =>
  auditLog.handlers('SESSION', {
    [SessionEventTypes.moved]: AuditAction.SESSION_MOVED,
    [SessionEventTypes.roomChanged]: AuditAction.SESSION_ROOM_CHANGED,
    [SessionEventTypes.removed]: AuditAction.SESSION_REMOVED,
  });
