/**
 * Payloads of the domain events on Kafka, one section per topic (see docs/flows.md).
 * Producers send whole snapshots, so a consumer can upsert from any single event and
 * redeliveries or reordering across aggregates converge on the same state.
 * Money is integer minor units; times are ISO-8601 UTC strings.
 */

// ---- venues.venue (key: venue id)
export const VenueEventTypes = { created: 'VenueCreated', updated: 'VenueUpdated' } as const;
export type VenueEventType = (typeof VenueEventTypes)[keyof typeof VenueEventTypes];

export interface SeatFact {
  id: string;
  row: string;
  number: number;
  label: string;
}

export interface SectionFact {
  id: string;
  name: string;
  seats: SeatFact[];
}

/** Payload of VenueCreated and VenueUpdated; the seat map never changes after creation. */
export interface VenueFacts {
  venueId: string;
  name: string;
  city: string;
  managerId: string;
  sections: SectionFact[];
}

// ---- events.event (key: event id)
export const EventEventTypes = {
  created: 'EventCreated',
  updated: 'EventUpdated',
  published: 'EventPublished',
  cancelled: 'EventCancelled',
  completed: 'EventCompleted',
} as const;
export type EventEventType = (typeof EventEventTypes)[keyof typeof EventEventTypes];

export type EventStatusFact = 'DRAFT' | 'PUBLISHED' | 'CANCELLED' | 'COMPLETED';

/** Payload of every events.event type: the event as it is after the change. */
export interface EventFacts {
  eventId: string;
  venueId: string;
  organizerId: string;
  title: string;
  status: EventStatusFact;
  startsAt: string;
  endsAt: string;
  currency: string;
  prices: Array<{ sectionId: string; priceCents: number }>;
  /** Only on EventCancelled. */
  cancellationReason?: string | null;
}

// ---- bookings.booking (key: booking id)
export const BookingEventTypes = {
  created: 'BookingCreated',
  confirmed: 'BookingConfirmed',
  cancelled: 'BookingCancelled',
  expired: 'BookingExpired',
  refunded: 'BookingRefunded',
} as const;

export type BookingStatusFact = 'PENDING_PAYMENT' | 'CONFIRMED' | 'CANCELLED' | 'EXPIRED' | 'REFUNDED';

/** Payload of every bookings.booking type: the booking as it is after the change. */
export interface BookingFacts {
  bookingId: string;
  eventId: string;
  userId: string;
  organizerId: string;
  status: BookingStatusFact;
  totalCents: number;
  currency: string;
  paymentDueAt: string | null;
  /** On BookingCancelled: whether a paid booking's payment must be refunded. */
  refundWanted?: boolean;
}

// ---- bookings.availability (key: event id)
export const AvailabilityEventTypes = { changed: 'AvailabilityChanged' } as const;

export interface AvailabilityFacts {
  eventId: string;
  version: number;
}

// ---- payments.payment (key: payment id)
export const PaymentEventTypes = {
  succeeded: 'PaymentSucceeded',
  failed: 'PaymentFailed',
  refunded: 'PaymentRefunded',
} as const;
export type PaymentEventType = (typeof PaymentEventTypes)[keyof typeof PaymentEventTypes];

export type PaymentStatusFact = 'REQUIRES_PAYMENT' | 'SUCCEEDED' | 'FAILED' | 'REFUNDED' | 'PARTIALLY_REFUNDED';

/** Payload of every payments.payment type: the payment as it is after the change. */
export interface PaymentFacts {
  paymentId: string;
  bookingId: string;
  userId: string;
  status: PaymentStatusFact;
  amountCents: number;
  refundedCents: number;
  currency: string;
  failureReason?: string | null;
}
