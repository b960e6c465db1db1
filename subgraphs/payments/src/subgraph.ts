import type { SubgraphDefinition } from '@boxoffice/platform';
import { createPaymentsLoaders, type PaymentsLoaders, type PaymentsServices } from './context.js';
import { BookingProjection, Payment } from './entities/index.js';
import { paymentsProjection } from './messaging/incoming/index.js';
import { migrations } from './migrations/index.js';
import { buildPaymentsSchema } from './schema.js';
import { BookingPayments } from './services/booking-payments.js';
import { BookingProjections } from './services/booking-projections.js';
import { createPaymentProvider } from './services/payment-providers.js';
import { PaymentReads } from './services/payment-reads.js';
import { Refunds } from './services/refunds.js';
import { loadPaymentsSettings } from './settings.js';

export const paymentsSubgraph: SubgraphDefinition<PaymentsServices, PaymentsLoaders> = {
  name: 'payments',
  entities: [Payment, BookingProjection],
  migrations,
  buildSchema: buildPaymentsSchema,
  async wire({ projectionWait }) {
    const provider = createPaymentProvider(loadPaymentsSettings().PAYMENT_PROVIDER);
    const refunds = new Refunds(provider);
    const services: PaymentsServices = {
      payments: new BookingPayments(provider, projectionWait),
      refunds,
      reads: new PaymentReads(),
      bookingProjections: new BookingProjections(refunds),
    };
    return { services, loaders: createPaymentsLoaders, projection: paymentsProjection(services) };
  },
};
