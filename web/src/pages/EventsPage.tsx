import { useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { EVENTS } from '../api/operations';
import { explain } from '../errors';
import { dateTime, money } from '../format';

const PAGE_SIZE = 10;

/** Published events, searchable, a page at a time (cursor paging; earlier cursors kept for "Previous"). */
export function EventsPage() {
  const [search, setSearch] = useState('');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const after = cursors[cursors.length - 1];
  const [{ data, fetching, error }] = useQuery({
    query: EVENTS,
    variables: { filter: { status: 'PUBLISHED', ...(search ? { search } : {}) }, first: PAGE_SIZE, after },
  });
  const events = data?.events;

  return (
    <section>
      <h1>Events</h1>
      <form
        class="search"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(String(new FormData(event.currentTarget).get('search') ?? '').trim());
          setCursors([undefined]);
        }}
      >
        <input name="search" type="search" placeholder="Search title or description" aria-label="Search events" />
        <button type="submit">Search</button>
      </form>
      {error && <p class="error" role="alert">{explain(error)}</p>}
      {fetching && !events && <p>Loading…</p>}
      {events && (
        <>
          <p class="muted">{events.totalCount} event{events.totalCount === 1 ? '' : 's'}</p>
          <ul class="cards" data-testid="event-list">
            {events.nodes.map((event) => {
              const from = Math.min(...event.prices.map((price) => price.priceCents));
              return (
                <li key={event.id}>
                  <a href={`#/events/${event.id}`}>
                    <strong>{event.title}</strong>
                    <span>{dateTime(event.startsAt)} · {event.venue.name}, {event.venue.city}</span>
                    {event.prices.length > 0 && <span class="muted">from {money(from, event.currency)}</span>}
                  </a>
                </li>
              );
            })}
          </ul>
          <div class="pager">
            <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>Previous</button>
            <span>Page {cursors.length}</span>
            <button
              type="button"
              disabled={!events.pageInfo.hasNextPage}
              onClick={() => setCursors([...cursors, events.pageInfo.endCursor ?? undefined])}
            >
              Next
            </button>
          </div>
        </>
      )}
    </section>
  );
}
