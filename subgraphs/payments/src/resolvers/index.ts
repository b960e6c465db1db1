import { resolveStub, type ReferenceResolvers } from '@boxoffice/platform';
import type { PaymentsContext } from '../context.js';
import { BookingPaymentResolver } from './booking-payment.resolver.js';
import { PaymentResolver } from './payment.resolver.js';

export const resolvers = [PaymentResolver, BookingPaymentResolver] as const;

/** Federation: payments by id are batched into one query; a Booking is just its key here. */
export const referenceResolvers: ReferenceResolvers = {
  Payment: {
    __resolveReference: (reference: { id: string }, ctx: PaymentsContext) => ctx.loaders.payment.load(reference.id),
  },
  Booking: { __resolveReference: resolveStub },
};
