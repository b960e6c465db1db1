import { graphql } from '../gql';

/** Every operation of the app, typed by GraphQL Code Generator from the API schema. */

const AUTH_FIELDS = graphql(`
  fragment AuthFields on AuthPayload {
    accessToken
    refreshToken
    expiresIn
    user { id name role email }
  }
`);

export const LOGIN = graphql(`
  mutation Login($input: LoginInput!) { login(input: $input) { ...AuthFields } }
`);

export const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) { register(input: $input) { ...AuthFields } }
`);

export const REFRESH_TOKEN = graphql(`
  mutation RefreshToken($refreshToken: String!) { refreshToken(refreshToken: $refreshToken) { ...AuthFields } }
`);

export const LOGOUT = graphql(`
  mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }
`);

export const EVENTS = graphql(`
  query Events($filter: EventFilter, $first: Int, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title startsAt currency venue { id name city } prices { priceCents } }
    }
  }
`);

export const EVENT = graphql(`
  query Event($id: ID!) {
    event(id: $id) {
      id title description startsAt endsAt status currency
      venue { id name address city }
      prices {
        priceCents
        section { id name seatCount seats { id row number label } }
      }
    }
  }
`);

export const SEAT_AVAILABILITY_CHANGED = graphql(`
  subscription SeatAvailabilityChanged($eventId: ID!) {
    seatAvailabilityChanged(eventId: $eventId) {
      version total available held sold
      sections { section { id } total available held sold }
      seats { state seat { id } }
    }
  }
`);

export const SEAT_COUNTS_CHANGED = graphql(`
  subscription SeatCountsChanged($eventId: ID!) {
    seatAvailabilityChanged(eventId: $eventId) { version total available held sold }
  }
`);

export const HOLD_SEATS = graphql(`
  mutation HoldSeats($eventId: ID!, $seatIds: [ID!]!) {
    holdSeats(eventId: $eventId, seatIds: $seatIds) { id expiresAt seats { id label } }
  }
`);

export const RELEASE_HOLD = graphql(`
  mutation ReleaseHold($holdId: ID!) { releaseHold(holdId: $holdId) }
`);

export const CHECKOUT = graphql(`
  mutation Checkout($holdId: ID!, $idempotencyKey: String!) {
    checkout(holdId: $holdId, idempotencyKey: $idempotencyKey) { id status totalCents currency paymentDueAt }
  }
`);

export const PAY_FOR_BOOKING = graphql(`
  mutation PayForBooking($bookingId: ID!, $paymentMethod: String!, $idempotencyKey: String!) {
    payForBooking(bookingId: $bookingId, paymentMethod: $paymentMethod, idempotencyKey: $idempotencyKey) {
      id status failureReason
    }
  }
`);

const BOOKING_FIELDS = graphql(`
  fragment BookingFields on Booking {
    id status totalCents currency paymentDueAt createdAt updatedAt
    event { id title startsAt venue { name } }
    seats { id label }
    tickets { id code qrSvg checkedInAt seat { label } }
    payment { id status amountCents refundedCents failureReason }
  }
`);

export const BOOKING = graphql(`
  query Booking($id: ID!) { booking(id: $id) { ...BookingFields } }
`);

export const BOOKING_UPDATED = graphql(`
  subscription BookingUpdated($id: ID!) { bookingUpdated(id: $id) { ...BookingFields } }
`);

export const MY_BOOKINGS = graphql(`
  query MyBookings($first: Int, $after: String) {
    myBookings(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...BookingFields }
    }
  }
`);

export const CANCEL_BOOKING = graphql(`
  mutation CancelBooking($id: ID!) { cancelBooking(id: $id) { ...BookingFields } }
`);

export const MY_EVENTS = graphql(`
  query MyEvents {
    me {
      id
      organizedEvents(first: 20) {
        totalCount
        nodes { id title startsAt status }
      }
    }
  }
`);

export const CHECK_IN = graphql(`
  mutation CheckIn($ticketCode: String!) {
    checkIn(ticketCode: $ticketCode) { id checkedInAt seat { label } booking { event { title } } }
  }
`);

export { AUTH_FIELDS, BOOKING_FIELDS };
