export type SeatState = 'AVAILABLE' | 'HELD' | 'SOLD';

export interface MapSection {
  id: string;
  name: string;
  priceLabel: string;
  seats: { id: string; row: string; number: number; label: string }[];
  counts?: { total: number; available: number; held: number; sold: number };
}

interface Props {
  sections: MapSection[];
  states: ReadonlyMap<string, SeatState>;
  selected: ReadonlySet<string>;
  mine: ReadonlySet<string>;
  onToggle(seatId: string): void;
}

const PITCH = 26;
const RADIUS = 10;
const LABEL_WIDTH = 28;

/** Seats in rows, one SVG per section, coloured by state; available seats toggle selection. */
export function SeatMap({ sections, states, selected, mine, onToggle }: Props) {
  return (
    <div class="seat-map" data-testid="seat-map">
      {sections.map((section) => {
        const rows = [...Map.groupBy(section.seats, (seat) => seat.row)];
        const widest = Math.max(...rows.map(([, seats]) => Math.max(...seats.map((seat) => seat.number))));
        return (
          <figure key={section.id} class="section" data-section-id={section.id}>
            <figcaption>
              <strong>{section.name}</strong> · {section.priceLabel}
              {section.counts && (
                <span class="counts" data-testid="section-counts">
                  {section.counts.available} available · {section.counts.held} held · {section.counts.sold} sold of {section.counts.total}
                </span>
              )}
            </figcaption>
            <svg
              width={LABEL_WIDTH + widest * PITCH}
              height={rows.length * PITCH}
              viewBox={`0 0 ${LABEL_WIDTH + widest * PITCH} ${rows.length * PITCH}`}
              role="group"
              aria-label={`${section.name} seats`}
            >
              {rows.map(([row, seats], rowIndex) => (
                <g key={row} transform={`translate(0 ${rowIndex * PITCH + PITCH / 2})`}>
                  <text x={LABEL_WIDTH / 2} y={4} text-anchor="middle" class="row-label">{row}</text>
                  {seats.map((seat) => {
                    const state = states.get(seat.id);
                    const look = mine.has(seat.id) ? 'mine' : selected.has(seat.id) ? 'selected' : (state ?? 'unknown').toLowerCase();
                    const pickable = state === 'AVAILABLE' && !mine.has(seat.id);
                    const toggle = () => pickable && onToggle(seat.id);
                    return (
                      <circle
                        key={seat.id}
                        cx={LABEL_WIDTH + (seat.number - 0.5) * PITCH}
                        cy={0}
                        r={RADIUS}
                        class={`seat ${look}`}
                        data-seat-id={seat.id}
                        data-state={state}
                        role="checkbox"
                        aria-checked={selected.has(seat.id)}
                        aria-disabled={!pickable}
                        aria-label={`${seat.label}, ${mine.has(seat.id) ? 'held for you' : (state ?? 'loading').toLowerCase()}`}
                        tabindex={pickable ? 0 : -1}
                        onClick={toggle}
                        onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && (event.preventDefault(), toggle())}
                      >
                        <title>{seat.label}</title>
                      </circle>
                    );
                  })}
                </g>
              ))}
            </svg>
          </figure>
        );
      })}
      <p class="legend">
        <span class="dot available" /> available <span class="dot selected" /> your pick <span class="dot mine" /> held for you
        <span class="dot held" /> held by others <span class="dot sold" /> sold
      </p>
    </div>
  );
}
