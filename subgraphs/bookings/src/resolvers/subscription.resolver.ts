import { refuseSubscription } from '@boxoffice/platform';
import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import { Booking } from '../entities/index.js';
import { SeatAvailability } from '../types/index.js';

/**
 * The contract's booking subscriptions compose from here; the gateway serves them by re-running
 * `seatAvailability` / `booking` whenever bookings announces a change on Kafka.
 */
@Resolver()
export class SubscriptionResolver {
  @Subscription(() => SeatAvailability, {
    subscribe: refuseSubscription,
    description:
      "Pushes the event's current availability right after subscribing and again after every change (hold, release, expiry, sale, cancellation). Any field of SeatAvailability may be selected, including fields owned by other subgraphs. Anonymous subscribers are allowed.",
  })
  seatAvailabilityChanged(@Arg('eventId', () => ID) _eventId: string, @Root() availability: SeatAvailability): SeatAvailability {
    return availability;
  }

  @Subscription(() => Booking, {
    subscribe: refuseSubscription,
    description: "The booking's owner or an admin: pushes the booking on every status change.",
  })
  bookingUpdated(@Arg('id', () => ID) _id: string, @Root() booking: Booking): Booking {
    return booking;
  }
}
