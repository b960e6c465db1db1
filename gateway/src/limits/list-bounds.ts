/**
 * How many items each list field of the API can hold, for the cost model
 * (`operation-analysis.ts`). Every list of `schema/supergraph.graphql` has an entry; a test
 * fails when one is missing. The numbers are the subgraphs' own rules: venue limits in
 * `subgraphs/venues/src/services/venue-rules.ts`, seats per hold in
 * `subgraphs/bookings/src/services/seat-holds.ts`, promo codes per event in
 * `subgraphs/bookings/src/services/promo-codes.ts`, program limits in
 * `subgraphs/program/src/services/program-limits.ts`, notifications marked read at once in
 * `subgraphs/notifications/src/services/notification-reads.ts`, page sizes in
 * `packages/platform/src/graphql/connection.ts`.
 */
export interface ListBound {
  /** Most items the list holds for one parent object. */
  max: number;
  /** The items count toward this pool: their total under one closing list is capped once. */
  pool?: PoolName;
  /**
   * This list enumerates a whole pool's owner (e.g. one venue's sections): the pool's items
   * below it are counted once in total, not once per item of this list.
   */
  closes?: PoolName;
}

export type PoolName = 'seatsOfOneVenue';

const SECTIONS_PER_VENUE = 50;
const SEATS_PER_VENUE = 5_000;
const SEATS_PER_HOLD = 10;
const PROMO_CODES_PER_EVENT = 100;
const NOTIFICATIONS_MARKED_AT_ONCE = 100;
const SESSIONS_PER_EVENT = 100;
const SPEAKERS_PER_SESSION = 10;
/** No rule caps a speaker's sessions across all events: counted as the largest page. */
const SESSIONS_PER_SPEAKER = 100;
/** No rule caps a user's open sessions (devices): counted as the largest page. */
const OPEN_SESSIONS_PER_USER = 100;
/** OIDC_PROVIDERS is an operator's short list. */
const IDENTITY_PROVIDERS = 20;
/** Connection pages: the connection field's `first` already multiplies its nodes. */
const ONE_PAGE: ListBound = { max: 1 };

export const LIST_BOUNDS: Readonly<Record<string, ListBound>> = {
  'Venue.sections': { max: SECTIONS_PER_VENUE, closes: 'seatsOfOneVenue' },
  'Event.prices': { max: SECTIONS_PER_VENUE, closes: 'seatsOfOneVenue' },
  'SeatAvailability.sections': { max: SECTIONS_PER_VENUE, closes: 'seatsOfOneVenue' },
  'Section.seats': { max: SEATS_PER_VENUE, pool: 'seatsOfOneVenue' },
  'SeatAvailability.seats': { max: SEATS_PER_VENUE },
  'Hold.seats': { max: SEATS_PER_HOLD },
  'Booking.seats': { max: SEATS_PER_HOLD },
  'Booking.tickets': { max: SEATS_PER_HOLD },
  'Event.promoCodes': { max: PROMO_CODES_PER_EVENT },
  'PromoCode.sections': { max: SECTIONS_PER_VENUE },
  'UserConnection.nodes': ONE_PAGE,
  'VenueConnection.nodes': ONE_PAGE,
  'EventConnection.nodes': ONE_PAGE,
  'BookingConnection.nodes': ONE_PAGE,
  'SpeakerConnection.nodes': ONE_PAGE,
  'NotificationConnection.nodes': ONE_PAGE,
  'NotificationDeliveryConnection.nodes': ONE_PAGE,
  'AuditEntryConnection.nodes': ONE_PAGE,
  'Query.mySessions': { max: OPEN_SESSIONS_PER_USER },
  'Query.identityProviders': { max: IDENTITY_PROVIDERS },
  'Mutation.markNotificationsRead': { max: NOTIFICATIONS_MARKED_AT_ONCE },
  'Event.sessions': { max: SESSIONS_PER_EVENT },
  'Event.speakers': { max: SESSIONS_PER_EVENT * SPEAKERS_PER_SESSION },
  'Session.speakers': { max: SPEAKERS_PER_SESSION },
  'Speaker.sessions': { max: SESSIONS_PER_SPEAKER },
  'Query.myAgenda': { max: SESSIONS_PER_EVENT },
};

/** A list missing from the table (a test prevents it) counts as the largest page. */
export const UNKNOWN_LIST_BOUND: ListBound = { max: 100 };
