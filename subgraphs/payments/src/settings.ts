import { loadConfig } from '@boxoffice/platform';
import { z } from 'zod';
import { PAYMENT_PROVIDER_NAMES } from './services/payment-providers.js';

const paymentsEnv = z.object({
  /** Which payment provider charges and refunds. */
  PAYMENT_PROVIDER: z.enum(PAYMENT_PROVIDER_NAMES).default('mock'),
  /** How long the mock provider takes to answer each call (a slow provider, for tests). */
  MOCK_PAYMENT_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  /** How often attempts and refunds left unfinished (a crash, a failed commit) are settled with the provider. */
  PAYMENT_RECONCILE_INTERVAL_MS: z.coerce.number().int().min(100).default(1_000),
  /**
   * How old an unfinished charge must be before the provider is asked about it: longer than
   * any provider call takes, so a charge still on its way is never taken for one that was lost.
   */
  PAYMENT_RECONCILE_AFTER_MS: z.coerce.number().int().min(100).default(120_000),
});

export type PaymentsSettings = z.infer<typeof paymentsEnv>;

export const loadPaymentsSettings = (env = process.env): PaymentsSettings => loadConfig(paymentsEnv, env);
