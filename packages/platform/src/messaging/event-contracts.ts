/**
 * Payloads of the domain events on Kafka, one section per topic (see docs/flows.md).
 * Producers send whole snapshots, so a consumer can upsert from any single event and
 * redeliveries or reordering across aggregates converge on the same state.
 * Money is integer minor units; times are ISO-8601 UTC strings.
 */

// ---- venues.venue (key: venue id)
export const VenueEventTypes = { created: 'VenueCreated', updated: 'VenueUpdated', seatsAdded: 'VenueSeatsAdded' } as const;
export type VenueEventType = (typeof VenueEventTypes)[keyof typeof VenueEventTypes];

/** At most this many seats travel in one VenueSeatsAdded: about 200 kB of JSON at the longest labels. */
export const SEAT_MAP_PIECE_SEATS = 1_000;

export interface SeatFact {
  id: string;
  row: string;
  number: number;
  label: string;
  /** Place in the venue's whole seat map (sections, rows, seats in order), from 0. */
  position: number;
}

export interface SectionFact {
  id: string;
  name: string;
  seatCount: number;
}

/**
 * Payload of VenueCreated and VenueUpdated: the venue and its sections in order, without seats
 * (a stadium's seat map is far beyond Kafka's 1 MB message limit). The seat map never changes
 * after creation; it follows VenueCreated in VenueSeatsAdded pieces.
 */
export interface VenueFacts {
  venueId: string;
  name: string;
  city: string;
  managerId: string;
  /** Seats in the whole venue: a consumer has the complete seat map once it holds this many. */
  seatCount: number;
  sections: SectionFact[];
}

/** Payload of VenueSeatsAdded: up to SEAT_MAP_PIECE_SEATS seats of one section, in order. */
export interface VenueSeatsFacts {
  venueId: string;
  /** Seats in the whole venue, as in VenueFacts, so a piece alone tells when the map is complete. */
  seatCount: number;
  sectionId: string;
  seats: SeatFact[];
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
  /** On BookingCancelled: true when the booking was cancelled because its event was. */
  eventCancelled?: boolean;
  /** On BookingConfirmed: the tickets issued, one per seat. */
  tickets?: TicketFact[];
}

export interface TicketFact {
  ticketId: string;
  /** What the ticket's QR code encodes. */
  code: string;
  seatId: string;
  seatLabel: string;
}

// ---- bookings.availability (key: event id)
export const AvailabilityEventTypes = { changed: 'AvailabilityChanged' } as const;

export interface AvailabilityFacts {
  eventId: string;
  /** SeatAvailability.version after the change; versions of one event follow commit order. */
  version: number;
}

// ---- bookings.ticket (key: ticket id)
export const TicketEventTypes = { checkedIn: 'TicketCheckedIn' } as const;

/** Payload of TicketCheckedIn: which ticket was admitted at the door, and when. */
export interface TicketFacts {
  ticketId: string;
  bookingId: string;
  eventId: string;
  checkedInAt: string;
}

// ---- payments.payment (key: payment id)
export const PaymentEventTypes = {
  succeeded: 'PaymentSucceeded',
  failed: 'PaymentFailed',
  refunded: 'PaymentRefunded',
} as const;
export type PaymentEventType = (typeof PaymentEventTypes)[keyof typeof PaymentEventTypes];

export type PaymentStatusFact = 'REQUIRES_PAYMENT' | 'SUCCEEDED' | 'FAILED' | 'REFUNDED' | 'PARTIALLY_REFUNDED';

/**
 * Why money was given back: `refundPayment` (REQUESTED), the booking's cancellation
 * (BOOKING_CANCELLED: the booking is CANCELLED, and its cancellation tells the customer), or a
 * payment that succeeded after its booking had expired (LATE_PAYMENT).
 */
export type RefundReasonFact = 'REQUESTED' | 'BOOKING_CANCELLED' | 'LATE_PAYMENT';

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
  /** On PaymentRefunded: why this refund was made. */
  refundReason?: RefundReasonFact;
}

// ---- users.user (key: user id)
export const UserEventTypes = {
  registered: 'UserRegistered',
  emailVerificationRequested: 'EmailVerificationRequested',
  passwordResetRequested: 'PasswordResetRequested',
  emailVerified: 'EmailVerified',
  roleChanged: 'UserRoleChanged',
  /** The account was deleted: its payload is already erased; every projection of the person erases them. */
  deleted: 'UserDeleted',
} as const;
export type UserEventType = (typeof UserEventTypes)[keyof typeof UserEventTypes];

/** A single-use secret for a mail; only in the fact that asks for that mail, and a secret key of it (see OutgoingEvent). */
export interface AccountTokenFact {
  token: string;
  expiresAt: string;
}

/** Payload of every users.user type: how to address the person, as they are after the change. */
export interface UserFacts {
  userId: string;
  email: string;
  name: string;
  role: 'CUSTOMER' | 'ORGANIZER' | 'ADMIN';
  emailVerified: boolean;
  /** On UserRegistered and EmailVerificationRequested. */
  verification?: AccountTokenFact;
  /** On PasswordResetRequested. */
  passwordReset?: AccountTokenFact;
}

// ---- notifications.notification (key: user id, so one person's notifications stay in order)
export const NotificationEventTypes = { created: 'NotificationCreated' } as const;

/** Payload of NotificationCreated: only which notification, and whose; the gateway's subscribers query the rest. */
export interface NotificationFacts {
  notificationId: string;
  userId: string;
}

// ---- program.session (key: session id)
/** Changes to a session of a published event that people with it on their agenda should hear of. */
export const SessionEventTypes = {
  moved: 'SessionMoved',
  roomChanged: 'SessionRoomChanged',
  removed: 'SessionRemoved',
} as const;
export type SessionEventType = (typeof SessionEventTypes)[keyof typeof SessionEventTypes];

/** Payload of every program.session type: the session after the change (as it was, when removed). */
export interface SessionFacts {
  sessionId: string;
  eventId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  room: string | null;
  /** The times and room before the change. */
  previous: { startsAt: string; endsAt: string; room: string | null };
  /** The customers who had the session on their agenda when it changed. */
  agendaUserIds: string[];
}
