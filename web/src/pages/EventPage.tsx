import { useMutation, useQuery, useSubscription } from '@urql/preact';
import type { CombinedError } from '@urql/core';
import { useMemo, useState } from 'preact/hooks';
import { EVENT, HOLD_SEATS, SEAT_AVAILABILITY_CHANGED } from '../api/operations';
import { useSession } from '../auth/session';
import { SeatMap, type MapSection, type SeatState } from '../components/SeatMap';
import { explain } from '../errors';
import { dateTime, money } from '../format';
import { navigate } from '../router';
import { Purchase, type HeldSeats } from './Purchase';

/** The API's limit for one hold. */
const MAX_SEATS = 10;

/** An event: venue, times, prices per section, and its live seat map to pick, hold and buy seats from. */
export function EventPage({ id }: { id: string }) {
  const { user } = useSession();
  const [{ data, error }] = useQuery({ query: EVENT, variables: { id } });
  const [{ data: live }] = useSubscription({ query: SEAT_AVAILABILITY_CHANGED, variables: { eventId: id } });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [hold, setHold] = useState<HeldSeats>();
  const [problem, setProblem] = useState<string>();
  const [holding, holdSeats] = useMutation(HOLD_SEATS);

  const event = data?.event;
  const availability = live?.seatAvailabilityChanged;
  const states = useMemo(
    () => new Map<string, SeatState>(availability?.seats.map((status) => [status.seat.id, status.state]) ?? []),
    [availability?.version],
  );
  const labels = useMemo(
    () => new Map(event?.prices.flatMap((price) => price.section.seats.map((seat) => [seat.id, seat.label] as const)) ?? []),
    [event],
  );
  const labelsOf = (ids: string[]) => ids.map((seatId) => labels.get(seatId) ?? seatId);

  if (error) return <p class="error" role="alert">{explain(error)}</p>;
  if (!data) return <p>Loading…</p>;
  if (!event) return <p class="error" role="alert">This event does not exist or is not on sale.</p>;

  const sections: MapSection[] = event.prices.map((price) => ({
    ...price.section,
    priceLabel: money(price.priceCents, event.currency),
    counts: availability?.sections.find((counts) => counts.section.id === price.section.id),
  }));
  // Seats someone else took since they were picked drop out of the selection.
  const picked = [...selected].filter((seatId) => states.get(seatId) === 'AVAILABLE');
  const total = event.prices.reduce(
    (sum, price) => sum + price.priceCents * price.section.seats.filter((seat) => picked.includes(seat.id)).length,
    0,
  );

  const toggle = (seatId: string) => {
    setProblem(undefined);
    const next = new Set(picked);
    if (next.has(seatId)) next.delete(seatId);
    else if (next.size >= MAX_SEATS) return setProblem(`You can pick up to ${MAX_SEATS} seats at a time.`);
    else next.add(seatId);
    setSelected(next);
  };
  const holdPicked = async () => {
    const result = await holdSeats({ eventId: event.id, seatIds: picked });
    if (result.data) {
      setHold(result.data.holdSeats);
      setSelected(new Set());
    } else setProblem(explain(result.error as CombinedError, labelsOf));
  };

  return (
    <section>
      <h1>{event.title}</h1>
      <p>
        {dateTime(event.startsAt)} – {dateTime(event.endsAt)} · {event.venue.name}, {event.venue.address}, {event.venue.city}
      </p>
      {event.description && <p class="muted">{event.description}</p>}
      {event.status !== 'PUBLISHED' && <p class="notice">This event is {event.status.toLowerCase()}: no seats are on sale.</p>}
      <table class="prices">
        <thead>
          <tr><th>Section</th><th>Price</th><th>Available</th></tr>
        </thead>
        <tbody>
          {sections.map((section) => (
            <tr key={section.id}>
              <td>{section.name}</td>
              <td>{section.priceLabel}</td>
              <td>{section.counts ? `${section.counts.available} of ${section.counts.total}` : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {availability && (
        <p class="muted" data-testid="event-counts">
          {availability.available} of {availability.total} seats available · {availability.held} held · {availability.sold} sold
        </p>
      )}
      <SeatMap sections={sections} states={states} selected={new Set(picked)} mine={new Set(hold?.seats.map((seat) => seat.id))} onToggle={toggle} />
      {problem && <p class="error" role="alert">{problem}</p>}
      {hold ? (
        <Purchase hold={hold} onDone={() => setHold(undefined)} onProblem={setProblem} />
      ) : (
        <div class="actions">
          <span>{picked.length} seat{picked.length === 1 ? '' : 's'} picked{picked.length > 0 && ` · ${money(total, event.currency)}`}</span>
          {user ? (
            <button type="button" disabled={picked.length === 0 || holding.fetching} onClick={() => void holdPicked()}>
              Hold {picked.length || ''} seat{picked.length === 1 ? '' : 's'}
            </button>
          ) : (
            <button type="button" onClick={() => (sessionStorage.setItem('boxoffice.next', window.location.hash), navigate('/login'))}>
              Log in to buy
            </button>
          )}
        </div>
      )}
    </section>
  );
}
