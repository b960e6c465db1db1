import type { AvailabilityFacts, BookingFacts, NotificationFacts, Viewer } from '@boxoffice/platform';

/**
 * How each root Subscription field is served: which Redis channel signals a change, and which
 * root Query field (with the same arguments) yields the value to push. Re-running the query
 * through the gateway lets a payload select fields of any subgraph.
 */
export interface SubscriptionSource {
  queryField: string;
  /** `viewer` is set whenever `forViewer` is. */
  channel(args: Record<string, unknown>, viewer?: Viewer): string;
  /** Only for an authenticated caller, about the caller's own things: the channel is the caller's. */
  forViewer?: boolean;
  /** Push the current value right after subscribing, or only after changes. */
  pushInitial: boolean;
  /**
   * A rule stricter than the query's own visibility: `query` (taking the subscription's
   * arguments) fetches what `allows` needs to decide whether the viewer may subscribe.
   */
  access?: { query: string; allows(viewer: Viewer, data: any): boolean };
  /** The version a pushed value shows (when selected), so signals it already covers cost no query. */
  versionOf?(value: any): number | undefined;
}

export const availabilityChannel = (eventId: string) => `boxoffice:availability:${eventId}`;
export const bookingChannel = (bookingId: string) => `boxoffice:booking:${bookingId}`;
export const notificationChannel = (userId: string) => `boxoffice:notifications:${userId}`;

export const SUBSCRIPTION_SOURCES: Record<string, SubscriptionSource> = {
  seatAvailabilityChanged: {
    queryField: 'seatAvailability',
    channel: (args) => availabilityChannel(String(args.eventId)),
    pushInitial: true,
    versionOf: (value) => (typeof value?.version === 'number' ? value.version : undefined),
  },
  bookingUpdated: {
    queryField: 'booking',
    channel: (args) => bookingChannel(String(args.id)),
    pushInitial: false,
    // The event's organizer may read a booking, but only its owner or an admin follows it.
    access: {
      query: 'query($id: ID!) { booking(id: $id) { user { id } } }',
      allows: (viewer, data) => viewer.role === 'ADMIN' || data?.booking?.user?.id === viewer.id,
    },
  },
  notificationReceived: {
    queryField: 'latestNotification',
    channel: (_args, viewer) => notificationChannel(viewer!.id),
    forViewer: true,
    pushInitial: false,
  },
};

/** Kafka facts → the channel to signal and its version; used by the fan-out consumer. */
export const signalForFact = {
  availability: (facts: AvailabilityFacts) => ({ channel: availabilityChannel(facts.eventId), version: facts.version }),
  /** A booking's facts share one key, hence one partition: their offsets only grow. */
  booking: (facts: BookingFacts, offset: number) => ({ channel: bookingChannel(facts.bookingId), version: offset }),
  /** A person's notifications share one key (their id), hence one partition: offsets only grow. */
  notification: (facts: NotificationFacts, offset: number) => ({ channel: notificationChannel(facts.userId), version: offset }),
};
