import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
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

export interface MockPaymentProviderOptions {
  /** A fresh entity manager for the mock's own record (never one inside our transactions). */
  em: () => EntityManager;
  /** How long each call takes to answer after the mock has acted on it (MOCK_PAYMENT_DELAY_MS). */
  delayMs: number;
}

/**
 * The built-in provider for development and tests; no money moves. 'pm_card_visa' and
 * 'pm_card_mastercard' succeed, 'pm_card_declined' and 'pm_card_insufficient_funds' are
 * declined, and any other method is rejected as invalid input. Like a real provider it keeps a
 * record of what it did per idempotency key (table `mock_provider_operation`, written on its
 * own connection, outside our transactions), answers a repeated key with the first result and
 * survives a crash of the payments process, so reconciliation can ask it afterwards.
 */
export class MockPaymentProvider implements PaymentProvider {
  readonly name = 'mock';

  constructor(private readonly options: MockPaymentProviderOptions) {}

  async charge({ paymentMethod, idempotencyKey }: ChargeRequest): Promise<ChargeOutcome> {
    if (!SUCCEEDING_METHODS.has(paymentMethod) && !DECLINE_REASONS[paymentMethod]) {
      return {
        outcome: 'invalid_payment_method',
        message: `unknown payment method; the mock provider accepts ${[...SUCCEEDING_METHODS, ...Object.keys(DECLINE_REASONS)].join(', ')}`,
      };
    }
    const declined = DECLINE_REASONS[paymentMethod];
    const outcome: ChargeOutcome = declined ? { outcome: 'declined', reason: declined } : { outcome: 'succeeded', reference: referenceFor('mock_ch', idempotencyKey) };
    return this.answer(`charge:${idempotencyKey}`, outcome);
  }

  async refund({ idempotencyKey }: RefundRequest): Promise<RefundReceipt> {
    return this.answer(`refund:${idempotencyKey}`, { reference: referenceFor('mock_re', idempotencyKey) });
  }

  async findCharge(idempotencyKey: string): Promise<ChargeOutcome | undefined> {
    return this.recorded<ChargeOutcome>(`charge:${idempotencyKey}`);
  }

  /** Records the result (the first one wins for a key), then answers it after the configured delay. */
  private async answer<T extends object>(key: string, result: T): Promise<T> {
    await this.options.em().execute(
      `insert into "mock_provider_operation" ("idempotency_key", "result") values (?, ?) on conflict do nothing`,
      [key, JSON.stringify(result)],
      'run',
    );
    const first = (await this.recorded<T>(key))!;
    if (this.options.delayMs > 0) await sleep(this.options.delayMs);
    return first;
  }

  private async recorded<T>(key: string): Promise<T | undefined> {
    const [row] = await this.options.em().execute<{ result: T }[]>(`select "result" from "mock_provider_operation" where "idempotency_key" = ?`, [key]);
    return row?.result;
  }
}
