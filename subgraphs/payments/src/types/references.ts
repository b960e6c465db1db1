import { EntityReference } from '@boxoffice/platform';

/** The bookings subgraph's Booking, to which payments adds the `payment` field. */
export const BookingRef = EntityReference('Booking', { resolvable: true });
export type BookingRef = InstanceType<typeof BookingRef>;
