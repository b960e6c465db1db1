import { GraphQLError } from 'graphql';
import type { PubSub } from 'type-graphql';
import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import { Booking } from '../entities/index.js';
import { SeatAvailability } from '../types/index.js';

const servedByGateway = () =>
  new GraphQLError('Subscriptions are served by the gateway over graphql-ws, not by the bookings subgraph', {
    extensions: { code: 'BAD_REQUEST' },
  });

/**
 * The contract's subscriptions belong to bookings' part of the schema so that they compose,
 * but the gateway serves them itself: it re-runs `seatAvailability` / `booking` whenever
 * bookings announces a change on Kafka. type-graphql wants a PubSub for any subscription;
 * this one refuses, as does each field's `subscribe`.
 */
export const gatewayServedPubSub: PubSub = {
  publish() {
    throw servedByGateway();
  },
  subscribe() {
    throw servedByGateway();
  },
};

@Resolver()
export class SubscriptionResolver {
  @Subscription(() => SeatAvailability, {
    subscribe: () => {
      throw servedByGateway();
    },
    description:
      "Pushes the event's current availability right after subscribing and again after every change (hold, release, expiry, sale, cancellation). Any field of SeatAvailability may be selected, including fields owned by other subgraphs. Anonymous subscribers are allowed.",
  })
  seatAvailabilityChanged(@Arg('eventId', () => ID) _eventId: string, @Root() availability: SeatAvailability): SeatAvailability {
    return availability;
  }

  @Subscription(() => Booking, {
    subscribe: () => {
      throw servedByGateway();
    },
    description: "The booking's owner or an admin: pushes the booking on every status change.",
  })
  bookingUpdated(@Arg('id', () => ID) _id: string, @Root() booking: Booking): Booking {
    return booking;
  }
}
