import { loadConfig } from '@boxoffice/platform';
import { z } from 'zod';
import { PAYMENT_PROVIDER_NAMES } from './services/payment-providers.js';

const paymentsEnv = z.object({
  /** Which payment provider charges and refunds. */
  PAYMENT_PROVIDER: z.enum(PAYMENT_PROVIDER_NAMES).default('mock'),
});

export type PaymentsSettings = z.infer<typeof paymentsEnv>;

export const loadPaymentsSettings = (env = process.env): PaymentsSettings => loadConfig(paymentsEnv, env);
