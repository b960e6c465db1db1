import { TOPICS, type SubgraphDefinition } from '@boxoffice/platform';
import { createPaymentsContext, type PaymentsContext } from './context.js';
import { BookingProjection, Payment } from './entities/index.js';
import { bookingProjectionHandlers } from './events/booking-projection.js';
import { migrations } from './migrations/index.js';
import { buildPaymentsSchema } from './schema.js';
import { createPaymentServices, type PaymentServices } from './services/payment-services.js';
import { loadPaymentsSettings } from './settings.js';

let services: PaymentServices | undefined;
/** Built on first use: the projection consumer starts before `wire`, and importing this module (e.g. to compose) must not read the environment. */
const paymentServices = (): PaymentServices => (services ??= createPaymentServices(loadPaymentsSettings()));

export const paymentsSubgraph: SubgraphDefinition<PaymentsContext> = {
  name: 'payments',
  defaultPort: 4005,
  entities: [Payment, BookingProjection],
  migrations,
  buildSchema: buildPaymentsSchema,
  projection: {
    topics: [TOPICS.booking],
    handlers: bookingProjectionHandlers(() => paymentServices().refunds),
  },
  async wire() {
    const services = paymentServices();
    return { createContext: (base) => createPaymentsContext(base, services) };
  },
};
