import { systemOrigin } from '@boxoffice/platform';
import type { Logger } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import pMap from 'p-map';
import { Payment, PaymentStatus } from '../entities/index.js';
import { chargeKey, settleCharge } from './charge-settlement.js';
import type { PaymentProvider } from './payment-provider.js';
import type { Refunds } from './refunds.js';

/** Provider calls one pass makes at once: a slow provider must not make a backlog wait in line. */
export const PROVIDER_CALLS_AT_ONCE = 8;

export interface PaymentReconciliationOptions {
  em: () => EntityManager;
  provider: PaymentProvider;
  refunds: Refunds;
  /** Attempts at the provider for longer than this are asked about (PAYMENT_RECONCILE_AFTER_MS). */
  staleAfterMs: number;
  logger: Logger;
}

/**
 * Settles what a crash or a failed commit left between the provider and our database, at
 * start-up and periodically, in two passes that run as separate tasks, so a backlog of one
 * never holds up the other (refunds of a cancelled event must not delay a captured charge):
 * - `settleStaleCharges`: attempts still REQUIRES_PAYMENT long after they were reserved are
 *   looked up at the provider by their idempotency key (charged: SUCCEEDED; declined: FAILED;
 *   never received: FAILED as `not_captured`, so the booking may be paid again);
 * - `sendReservedRefunds`: reserved refunds are sent (again) and committed.
 */
export class PaymentReconciliation {
  constructor(private readonly options: PaymentReconciliationOptions) {}

  async settleStaleCharges(): Promise<void> {
    const { em, provider, staleAfterMs, logger } = this.options;
    const origin = systemOrigin();
    const stale = await em().find(
      Payment,
      { status: PaymentStatus.REQUIRES_PAYMENT, updatedAt: { $lt: new Date(Date.now() - staleAfterMs) } },
      { orderBy: { updatedAt: 'asc' }, limit: 100 },
    );
    await pMap(
      stale,
      async (payment) => {
        const found = await provider.findCharge(chargeKey(payment));
        const result = found && found.outcome !== 'invalid_payment_method' ? found : { outcome: 'declined' as const, reason: 'not_captured' };
        const settled = await settleCharge(em(), payment.id, result, origin);
        logger.warn({ paymentId: payment.id, bookingId: payment.bookingId, status: settled.status }, 'reconciled a payment attempt left unfinished');
      },
      { concurrency: PROVIDER_CALLS_AT_ONCE },
    );
  }

  async sendReservedRefunds(): Promise<void> {
    const refunded = await this.options.refunds.completePending(this.options.em(), PROVIDER_CALLS_AT_ONCE);
    if (refunded) this.options.logger.info({ refunds: refunded }, 'completed reserved refunds');
  }
}
