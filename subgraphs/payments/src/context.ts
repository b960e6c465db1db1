import { byIdLoader, childrenByKey, type SubgraphContext } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BookingProjection, Payment } from './entities/index.js';
import type { BookingPayments } from './services/booking-payments.js';
import type { BookingProjections } from './services/booking-projections.js';
import type { PaymentReads } from './services/payment-reads.js';
import type { Refunds } from './services/refunds.js';

/** The domain services of the payments subgraph, shared by requests and the projection consumer. */
export interface PaymentsServices {
  payments: BookingPayments;
  refunds: Refunds;
  reads: PaymentReads;
  bookingProjections: BookingProjections;
}

export function createPaymentsLoaders(em: EntityManager) {
  return {
    payment: byIdLoader(em, Payment),
    booking: byIdLoader(em, BookingProjection),
    /** Every payment attempt of a booking, oldest first. */
    bookingAttempts: childrenByKey(em, Payment, 'bookingId', { orderBy: { createdAt: 'asc', id: 'asc' } }),
  };
}
export type PaymentsLoaders = ReturnType<typeof createPaymentsLoaders>;

export type PaymentsContext = SubgraphContext<PaymentsServices, PaymentsLoaders>;
