import { PeriodicTask, type SubgraphDefinition } from '@boxoffice/platform';
import { createPaymentsLoaders, type PaymentsLoaders, type PaymentsServices } from './context.js';
import { BookingProjection, Payment, Refund } from './entities/index.js';
import { paymentsProjection } from './messaging/incoming/index.js';
import { migrations } from './migrations/index.js';
import { buildPaymentsSchema } from './schema.js';
import { BookingPayments } from './services/booking-payments.js';
import { BookingProjections } from './services/booking-projections.js';
import { PaymentReconciliation } from './services/payment-reconciliation.js';
import { createPaymentProvider } from './services/payment-providers.js';
import { PaymentReads } from './services/payment-reads.js';
import { Refunds } from './services/refunds.js';
import { loadPaymentsSettings } from './settings.js';

export const paymentsSubgraph: SubgraphDefinition<PaymentsServices, PaymentsLoaders> = {
  name: 'payments',
  entities: [Payment, BookingProjection, Refund],
  migrations,
  buildSchema: buildPaymentsSchema,
  async wire({ orm, logger, projectionWait }) {
    const settings = loadPaymentsSettings();
    const em = () => orm.em.fork();
    const provider = createPaymentProvider(settings.PAYMENT_PROVIDER, { em, mockDelayMs: settings.MOCK_PAYMENT_DELAY_MS });
    const refunds = new Refunds(provider);
    const services: PaymentsServices = {
      payments: new BookingPayments(provider, projectionWait),
      refunds,
      reads: new PaymentReads(),
      bookingProjections: new BookingProjections(refunds),
    };
    const reconciliation = new PaymentReconciliation({ em, provider, refunds, staleAfterMs: settings.PAYMENT_RECONCILE_AFTER_MS, logger: logger.child({ component: 'reconciliation' }) });
    const every = settings.PAYMENT_RECONCILE_INTERVAL_MS;
    const jobs = [
      new PeriodicTask({ name: 'payment reconciliation', intervalMs: every, run: () => reconciliation.settleStaleCharges(), logger }).start(),
      new PeriodicTask({ name: 'refund sending', intervalMs: every, run: () => reconciliation.sendReservedRefunds(), logger }).start(),
    ];
    return { services, loaders: createPaymentsLoaders, jobs, projection: paymentsProjection(services) };
  },
};
