import { createHash } from 'node:crypto';
import type { ChargeOutcome, ChargeRequest, PaymentProvider, RefundReceipt, RefundRequest } from './payment-provider.js';

/** Test payment methods of the mock provider and what charging them does. */
const DECLINE_REASONS: Readonly<Record<string, string>> = {
  pm_card_declined: 'card_declined',
  pm_card_insufficient_funds: 'insufficient_funds',
};
const SUCCEEDING_METHODS: ReadonlySet<string> = new Set(['pm_card_visa', 'pm_card_mastercard']);

/** Same idempotency key, same reference: the mock answers a retried call as a real provider would. */
const referenceFor = (prefix: string, idempotencyKey: string) =>
  `${prefix}_${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 24)}`;

/**
 * The built-in provider for development and tests; no money moves. 'pm_card_visa' and
 * 'pm_card_mastercard' succeed, 'pm_card_declined' and 'pm_card_insufficient_funds' are
 * declined, and any other method is rejected as invalid input.
 */
export class MockPaymentProvider implements PaymentProvider {
  readonly name = 'mock';

  async charge({ paymentMethod, idempotencyKey }: ChargeRequest): Promise<ChargeOutcome> {
    const declined = DECLINE_REASONS[paymentMethod];
    if (declined) return { outcome: 'declined', reason: declined };
    if (!SUCCEEDING_METHODS.has(paymentMethod)) {
      return {
        outcome: 'invalid_payment_method',
        message: `unknown payment method; the mock provider accepts ${[...SUCCEEDING_METHODS, ...Object.keys(DECLINE_REASONS)].join(', ')}`,
      };
    }
    return { outcome: 'succeeded', reference: referenceFor('mock_ch', idempotencyKey) };
  }

  async refund({ idempotencyKey }: RefundRequest): Promise<RefundReceipt> {
    return { reference: referenceFor('mock_re', idempotencyKey) };
  }
}
