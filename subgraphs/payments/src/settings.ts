import { loadConfig } from '@boxoffice/platform';
import { z } from 'zod';
import { PAYMENT_PROVIDER_NAMES } from './services/payment-providers.js';

const paymentsEnv = z.object({
  /** Which payment provider charges and refunds. */
  PAYMENT_PROVIDER: z.enum(PAYMENT_PROVIDER_NAMES).default('mock'),
  /**
   * How long payForBooking waits for bookings' facts to reach payments over Kafka: for a
   * booking created a moment ago, and for the booking's confirmation after a payment.
   */
  BOOKING_WAIT_TIMEOUT_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
});

export type PaymentsSettings = z.infer<typeof paymentsEnv>;

export const loadPaymentsSettings = (env = process.env): PaymentsSettings => loadConfig(paymentsEnv, env);
