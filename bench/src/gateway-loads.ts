import type { Catalog } from './catalog-data.js';

export interface Load {
  name: string;
  /** Request bodies; wrk draws one at random per request. */
  bodies: string[];
}

const Q1_FIELDS = 'id title startsAt';
const Q2_FIELDS = `${Q1_FIELDS} venue { name capacity sections { name } } organizer { name } seatAvailability { available held sold }`;

export const QUERIES = [
  { name: 'q1 events list (1 subgraph)', fields: Q1_FIELDS },
  { name: 'q2 events with venue, organizer, availability (4 subgraphs)', fields: Q2_FIELDS },
];

const VARIED_BODIES = 400;

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** Every connection sends the same query: the traffic of an on-sale. */
export function identicalLoad(fields: string): Load {
  return { name: 'identical', bodies: [JSON.stringify({ query: `{ events(first: 10) { nodes { ${fields} } } }` })] };
}

/** Page sizes, cursors and filters drawn at random, so that concurrent requests rarely match. */
export function variedLoad(fields: string, catalog: Catalog): Load {
  const query = `query($first: Int, $after: String, $filter: EventFilter) { events(first: $first, after: $after, filter: $filter) { nodes { ${fields} } } }`;
  const filters = [
    () => undefined,
    () => ({ venueId: pick(catalog.venueIds) }),
    () => ({ search: pick(catalog.titleWords) }),
    () => ({ startsAfter: new Date(Date.now() + Math.floor(Math.random() * 40) * 24 * 3600_000).toISOString().slice(0, 10) + 'T00:00:00.000Z' }),
  ];
  const bodies = Array.from({ length: VARIED_BODIES }, () =>
    JSON.stringify({
      query,
      variables: { first: 1 + Math.floor(Math.random() * 10), after: Math.random() < 0.2 ? null : pick(catalog.cursors), filter: pick(filters)() },
    }),
  );
  return { name: 'varied', bodies };
}
