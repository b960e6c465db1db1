import { registerEnumType } from 'type-graphql';

/** A seat of one event: free, reserved by a hold or an unpaid booking, or sold. */
export enum SeatState {
  AVAILABLE = 'AVAILABLE',
  HELD = 'HELD',
  SOLD = 'SOLD',
}
registerEnumType(SeatState, { name: 'SeatState' });

export enum BookingStatus {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(BookingStatus, { name: 'BookingStatus' });

/** Internal lifecycle of a hold; only ACTIVE holds own seats. */
export enum HoldStatus {
  ACTIVE = 'ACTIVE',
  RELEASED = 'RELEASED',
  EXPIRED = 'EXPIRED',
  CHECKED_OUT = 'CHECKED_OUT',
}
