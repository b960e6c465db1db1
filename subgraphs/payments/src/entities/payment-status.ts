import { graphqlEnum, type EnumValue } from '@boxoffice/platform';

export const PaymentStatus = graphqlEnum('PaymentStatus', ['REQUIRES_PAYMENT', 'SUCCEEDED', 'FAILED', 'REFUNDED', 'PARTIALLY_REFUNDED']);
export type PaymentStatus = EnumValue<typeof PaymentStatus>;

/** Payments whose money was taken (possibly given back since): a booking has at most one. */
export const CAPTURED_STATUSES: readonly PaymentStatus[] = [
  PaymentStatus.SUCCEEDED,
  PaymentStatus.PARTIALLY_REFUNDED,
  PaymentStatus.REFUNDED,
];

/** Payments with money left to give back. */
export const REFUNDABLE_STATUSES: readonly PaymentStatus[] = [PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED];
