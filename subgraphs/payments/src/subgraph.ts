import { TOPICS, type SubgraphDefinition } from '@boxoffice/platform';
import { createPaymentsContext, type PaymentsContext } from './context.js';
import { BookingProjection, Payment } from './entities/index.js';
import { bookingProjectionHandlers } from './events/booking-projection.js';
import { migrations } from './migrations/index.js';
import { buildPaymentsSchema } from './schema.js';
import { createPaymentServices } from './services/payment-services.js';
import { loadPaymentsSettings } from './settings.js';

export const paymentsSubgraph: SubgraphDefinition<PaymentsContext> = {
  name: 'payments',
  defaultPort: 4005,
  entities: [Payment, BookingProjection],
  migrations,
  buildSchema: buildPaymentsSchema,
  async wire() {
    const services = createPaymentServices(loadPaymentsSettings());
    return {
      createContext: (base) => createPaymentsContext(base, services),
      projection: { topics: [TOPICS.booking], handlers: bookingProjectionHandlers(services.refunds) },
    };
  },
};
