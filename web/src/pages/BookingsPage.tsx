import { useMutation, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { CANCEL_BOOKING, MY_BOOKINGS } from '../api/operations';
import { useSession } from '../auth/session';
import { useRefetchWhile } from '../api/use-refetch-while';
import { awaitingRefund, BookingSummary, cancellable } from '../components/BookingSummary';
import { explain } from '../errors';

const PAGE_SIZE = 20;

/** The signed-in user's bookings, newest first: open one for its tickets, cancel, see refunds as they are made. */
export function BookingsPage() {
  const { user } = useSession();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [{ data, error }, refetch] = useQuery({
    query: MY_BOOKINGS,
    variables: { first: PAGE_SIZE, after: cursors[cursors.length - 1] },
    requestPolicy: 'cache-and-network',
    pause: !user,
  });
  const [cancelling, cancel] = useMutation(CANCEL_BOOKING);
  useRefetchWhile(data?.myBookings.nodes.some(awaitingRefund) ?? false, () => refetch({ requestPolicy: 'network-only' }));

  if (!user) return <p>Please <a href="#/login">log in</a> to see your bookings.</p>;
  if (error) return <p class="error" role="alert">{explain(error)}</p>;
  if (!data) return <p>Loading…</p>;
  const bookings = data.myBookings;
  return (
    <section>
      <h1>My bookings</h1>
      {bookings.totalCount === 0 && <p>No bookings yet. <a href="#/events">Find an event</a>.</p>}
      {cancelling.error && <p class="error" role="alert">{explain(cancelling.error)}</p>}
      <ul class="cards" data-testid="bookings">
        {bookings.nodes.map((booking) => (
          <li key={booking.id} data-booking-id={booking.id}>
            <BookingSummary booking={booking} />
            <div class="actions">
              <a href={`#/bookings/${booking.id}`}>{booking.tickets.length > 0 ? 'Tickets' : 'Details'}</a>
              {cancellable(booking) && (
                <button type="button" class="secondary" disabled={cancelling.fetching} onClick={() => void cancel({ id: booking.id })}>
                  Cancel{booking.status === 'CONFIRMED' ? ' and refund' : ''}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <div class="pager">
        <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>Previous</button>
        <button
          type="button"
          disabled={!bookings.pageInfo.hasNextPage}
          onClick={() => setCursors([...cursors, bookings.pageInfo.endCursor ?? undefined])}
        >
          Next
        </button>
      </div>
    </section>
  );
}
