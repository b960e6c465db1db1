import type { EntityManager } from '@mikro-orm/postgresql';
import { MockPaymentProvider } from './mock-payment-provider.js';
import type { PaymentProvider } from './payment-provider.js';

export interface ProviderDependencies {
  /** A fresh entity manager, for a provider that keeps records of its own (the mock). */
  em: () => EntityManager;
  mockDelayMs: number;
}

/** Every provider that PAYMENT_PROVIDER may name; a real one is added here. */
const PROVIDERS = {
  mock: ({ em, mockDelayMs }: ProviderDependencies) => new MockPaymentProvider({ em, delayMs: mockDelayMs }),
} satisfies Record<string, (dependencies: ProviderDependencies) => PaymentProvider>;

export type PaymentProviderName = keyof typeof PROVIDERS;

export const PAYMENT_PROVIDER_NAMES = Object.keys(PROVIDERS) as [PaymentProviderName, ...PaymentProviderName[]];

export const createPaymentProvider = (name: PaymentProviderName, dependencies: ProviderDependencies): PaymentProvider => PROVIDERS[name](dependencies);
