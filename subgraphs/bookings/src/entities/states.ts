import { graphqlEnum, type EnumValue } from '@boxoffice/platform';

/** A seat of one event: free, reserved by a hold or an unpaid booking, or sold. */
export const SeatState = graphqlEnum('SeatState', ['AVAILABLE', 'HELD', 'SOLD']);
export type SeatState = EnumValue<typeof SeatState>;

export const BookingStatus = graphqlEnum('BookingStatus', ['PENDING_PAYMENT', 'CONFIRMED', 'CANCELLED', 'EXPIRED', 'REFUNDED']);
export type BookingStatus = EnumValue<typeof BookingStatus>;

/** Internal lifecycle of a hold; only ACTIVE holds own seats. */
export enum HoldStatus {
  ACTIVE = 'ACTIVE',
  RELEASED = 'RELEASED',
  EXPIRED = 'EXPIRED',
  CHECKED_OUT = 'CHECKED_OUT',
}
