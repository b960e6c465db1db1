import { MockPaymentProvider } from './mock-payment-provider.js';
import type { PaymentProvider } from './payment-provider.js';

/** Every provider that PAYMENT_PROVIDER may name; a real one is added here. */
const PROVIDERS = {
  mock: () => new MockPaymentProvider(),
} satisfies Record<string, () => PaymentProvider>;

export type PaymentProviderName = keyof typeof PROVIDERS;

export const PAYMENT_PROVIDER_NAMES = Object.keys(PROVIDERS) as [PaymentProviderName, ...PaymentProviderName[]];

export const createPaymentProvider = (name: PaymentProviderName): PaymentProvider => PROVIDERS[name]();
