import type { PaymentsSettings } from '../settings.js';
import { BookingPayments } from './booking-payments.js';
import { createPaymentProvider } from './payment-providers.js';
import { Refunds } from './refunds.js';

/** The domain services of the payments subgraph, shared by requests and the projection consumer. */
export interface PaymentServices {
  payments: BookingPayments;
  refunds: Refunds;
}

export function createPaymentServices(settings: PaymentsSettings): PaymentServices {
  const provider = createPaymentProvider(settings.PAYMENT_PROVIDER);
  return {
    payments: new BookingPayments(provider, settings.BOOKING_WAIT_TIMEOUT_MS),
    refunds: new Refunds(provider),
  };
}
