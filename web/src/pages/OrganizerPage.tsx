import { useQuery, useSubscription } from '@urql/preact';
import { MY_EVENTS, SEAT_COUNTS_CHANGED } from '../api/operations';
import { useSession } from '../auth/session';
import { explain } from '../errors';
import { dateTime } from '../format';

/** One event's counts, live: seatAvailabilityChanged pushes them right after subscribing and on every change. */
function LiveCounts({ eventId }: { eventId: string }) {
  const [{ data }] = useSubscription({ query: SEAT_COUNTS_CHANGED, variables: { eventId } });
  const counts = data?.seatAvailabilityChanged;
  if (!counts) return <td colSpan={3} class="muted">…</td>;
  return (
    <>
      <td data-testid="sold">{counts.sold}</td>
      <td data-testid="held">{counts.held}</td>
      <td>{counts.available} of {counts.total}</td>
    </>
  );
}

/** The organizer's own events with live sold and held counts. */
export function OrganizerPage() {
  const { user } = useSession();
  const [{ data, error }] = useQuery({ query: MY_EVENTS, pause: !user, requestPolicy: 'cache-and-network' });
  if (!user) return <p>Please <a href="#/login">log in</a> as an organizer.</p>;
  if (error) return <p class="error" role="alert">{explain(error)}</p>;
  if (!data?.me) return <p>Loading…</p>;
  const events = data.me.organizedEvents;
  return (
    <section>
      <h1>My events</h1>
      <p>
        {events.totalCount} event{events.totalCount === 1 ? '' : 's'} · <a href="#/door">Check tickets in at the door</a>
      </p>
      <table class="organizer" data-testid="my-events">
        <thead>
          <tr><th>Event</th><th>Starts</th><th>Status</th><th>Sold</th><th>Held</th><th>Available</th></tr>
        </thead>
        <tbody>
          {events.nodes.map((event) => (
            <tr key={event.id} data-event-id={event.id}>
              <td><a href={`#/events/${event.id}`}>{event.title}</a></td>
              <td>{dateTime(event.startsAt)}</td>
              <td>{event.status.toLowerCase()}</td>
              {event.status === 'DRAFT' ? (
                <td colSpan={3} class="muted">not on sale</td>
              ) : (
                <LiveCounts eventId={event.id} />
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
