import { byIdLoader, childrenLoader, type RequestContext } from '@boxoffice/platform';
import type DataLoader from 'dataloader';
import { BookingProjection, Payment } from './entities/index.js';
import type { PaymentServices } from './services/payment-services.js';

export interface PaymentsContext extends RequestContext, PaymentServices {
  loaders: {
    payment: DataLoader<string, Payment | null>;
    booking: DataLoader<string, BookingProjection | null>;
    /** Every payment attempt of a booking, oldest first. */
    bookingAttempts: DataLoader<string, Payment[]>;
  };
}

export function createPaymentsContext(base: RequestContext, services: PaymentServices): PaymentsContext {
  const { em } = base;
  return {
    ...base,
    ...services,
    loaders: {
      payment: byIdLoader(em, Payment),
      booking: byIdLoader(em, BookingProjection),
      bookingAttempts: childrenLoader(
        (bookingIds) => em.find(Payment, { bookingId: { $in: [...bookingIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
        (payment) => payment.bookingId,
      ),
    },
  };
}
