import { useMutation, useQuery, useSubscription } from '@urql/preact';
import { BOOKING, BOOKING_UPDATED, CANCEL_BOOKING } from '../api/operations';
import { useRefetchWhile } from '../api/use-refetch-while';
import { awaitingRefund, BookingSummary, cancellable } from '../components/BookingSummary';
import { Tickets } from '../components/Tickets';
import { explain } from '../errors';

/** One booking, live: "confirming" until the payment's confirmation arrives, then its tickets; after a cancellation, its refund. */
export function BookingPage({ id }: { id: string }) {
  const [{ data, error }, refetch] = useQuery({ query: BOOKING, variables: { id }, requestPolicy: 'network-only' });
  const [{ data: pushed }] = useSubscription({ query: BOOKING_UPDATED, variables: { id } });
  const [cancelling, cancel] = useMutation(CANCEL_BOOKING);
  const fetched = data?.booking;
  const latest = pushed?.bookingUpdated;
  // A push of the same version is no newer than the fetch: its payment may be older (a refund changes no booking field).
  const booking = latest && (!fetched || latest.updatedAt > fetched.updatedAt) ? latest : fetched;
  const confirming = booking?.status === 'PENDING_PAYMENT' && booking.payment?.status === 'SUCCEEDED';

  // bookingUpdated pushes status changes of the booking only: a confirmation that landed before the
  // subscription started, and the refund payments makes after a cancellation, are fetched.
  useRefetchWhile(confirming || (!!booking && awaitingRefund(booking)), () => refetch({ requestPolicy: 'network-only' }));

  if (error) return <p class="error" role="alert">{explain(error)}</p>;
  if (!data) return <p>Loading…</p>;
  if (!booking) return <p class="error" role="alert">This booking does not exist.</p>;
  return (
    <section>
      <h1>{booking.status === 'CONFIRMED' ? 'You are going!' : 'Your booking'}</h1>
      <BookingSummary booking={booking} />
      {confirming && <p class="notice">Payment received, confirming your booking…</p>}
      {booking.tickets.length > 0 && <Tickets tickets={booking.tickets} />}
      {cancellable(booking) && (
        <button type="button" class="secondary" disabled={cancelling.fetching} onClick={() => void cancel({ id })}>
          Cancel booking{booking.status === 'CONFIRMED' ? ' and refund' : ''}
        </button>
      )}
      {cancelling.error && <p class="error" role="alert">{explain(cancelling.error)}</p>}
    </section>
  );
}
