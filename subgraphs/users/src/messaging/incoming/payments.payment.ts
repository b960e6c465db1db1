import { PaymentEventTypes, type ProjectionHandlers } from '@boxoffice/platform';
import type { UsersServices } from '../../context.js';
import { AuditAction } from '../../entities/index.js';

/** payments.payment: money taken and money given back. */
export const paymentAudit = ({ auditLog }: UsersServices): ProjectionHandlers =>
  auditLog.handlers('PAYMENT', { [PaymentEventTypes.succeeded]: AuditAction.PAYMENT_CAPTURED, [PaymentEventTypes.refunded]: AuditAction.PAYMENT_REFUNDED });
