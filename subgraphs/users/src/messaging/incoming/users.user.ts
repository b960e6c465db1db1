import { UserEventTypes, type ProjectionHandlers } from '@boxoffice/platform';
import type { UsersServices } from '../../context.js';
import { AuditAction } from '../../entities/index.js';

/** users.user: this subgraph's own facts reach the audit log the same way as everyone else's. */
export const userAudit = ({ auditLog }: UsersServices): ProjectionHandlers =>
  auditLog.handlers('USER', { [UserEventTypes.roleChanged]: AuditAction.ROLE_CHANGED, [UserEventTypes.deleted]: AuditAction.ACCOUNT_DELETED });
