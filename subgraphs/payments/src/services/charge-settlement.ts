import { PaymentEventTypes, recordEvents, type FactOrigin } from '@boxoffice/platform';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Payment, PaymentStatus } from '../entities/index.js';
import { paymentEvent } from '../messaging/outgoing.js';
import type { ChargeOutcome } from './payment-provider.js';

/** What the provider did, for an attempt it answered: money taken, or refused for a reason. */
export type SettledOutcome = Exclude<ChargeOutcome, { outcome: 'invalid_payment_method' }>;

/** The idempotency key the provider gets for an attempt: stable across retries and reconciliation. */
export const chargeKey = (payment: Pick<Payment, 'userId' | 'idempotencyKey'>) => `${payment.userId}:${payment.idempotencyKey}`;

/**
 * Commits the provider's answer for a reserved attempt, with its fact, in one transaction. An
 * attempt settled already (a concurrent retry of its key, or reconciliation) is left as it is.
 */
export async function settleCharge(em: EntityManager, paymentId: string, result: SettledOutcome, origin: FactOrigin): Promise<Payment> {
  return em.transactional(async (tx) => {
    const payment = await tx.findOneOrFail(Payment, paymentId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (payment.status !== PaymentStatus.REQUIRES_PAYMENT) return payment;
    if (result.outcome === 'succeeded') {
      payment.status = PaymentStatus.SUCCEEDED;
      payment.providerReference = result.reference;
    } else {
      payment.status = PaymentStatus.FAILED;
      payment.failureReason = result.reason;
    }
    const type = result.outcome === 'succeeded' ? PaymentEventTypes.succeeded : PaymentEventTypes.failed;
    recordEvents(tx, origin, [paymentEvent(type, payment)]);
    return payment;
  });
}
