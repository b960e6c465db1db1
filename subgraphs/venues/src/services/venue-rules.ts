import { z } from 'zod';

/** Limits that keep one venue's seat map (and its Kafka snapshot) a sane size. */
export const VENUE_LIMITS = {
  sections: 50,
  rowsPerSection: 100,
  seatsPerRow: 200,
  /** Stadiums: the seat map travels over Kafka in pieces (see messaging/outgoing.ts), so size is no limit there. */
  seatsPerVenue: 100_000,
  nameLength: 200,
  addressLength: 500,
  cityLength: 100,
  sectionNameLength: 60,
  rowLabelLength: 8,
} as const;

const requiredText = (maxLength: number) =>
  z.string().trim().min(1, 'is required').max(maxLength, `must be at most ${maxLength} characters`);

/** An optional change: null or absent leaves the value as it is, a blank string is refused. */
const optionalText = (maxLength: number) =>
  requiredText(maxLength)
    .nullish()
    .transform((value) => value ?? undefined);

/** Adds an issue at `[index, field]` for every item whose key (case-insensitive) an earlier item already has. */
function flagDuplicates<T>(items: T[], keyOf: (item: T) => string, field: string, what: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item).toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, field], message: `duplicates the ${what} '${keyOf(item)}'` });
    seen.add(key);
  });
}

const row = z.object({
  label: requiredText(VENUE_LIMITS.rowLabelLength),
  seats: z
    .number()
    .int()
    .min(1, 'must be at least 1')
    .max(VENUE_LIMITS.seatsPerRow, `must be at most ${VENUE_LIMITS.seatsPerRow}`),
});

const section = z.object({
  name: requiredText(VENUE_LIMITS.sectionNameLength),
  rows: z
    .array(row)
    .min(1, 'a section needs at least one row')
    .max(VENUE_LIMITS.rowsPerSection, `at most ${VENUE_LIMITS.rowsPerSection} rows a section`)
    .superRefine((rows, ctx) => flagDuplicates(rows, (r) => r.label, 'label', 'row label', ctx)),
});

export const newVenueRules = z.object({
  name: requiredText(VENUE_LIMITS.nameLength),
  address: requiredText(VENUE_LIMITS.addressLength),
  city: requiredText(VENUE_LIMITS.cityLength),
  sections: z
    .array(section)
    .min(1, 'a venue needs at least one section')
    .max(VENUE_LIMITS.sections, `at most ${VENUE_LIMITS.sections} sections`)
    .superRefine((sections, ctx) => {
      flagDuplicates(sections, (s) => s.name, 'name', 'section name', ctx);
      const seats = sections.reduce((sum, s) => sum + s.rows.reduce((rowSum, r) => rowSum + r.seats, 0), 0);
      if (seats > VENUE_LIMITS.seatsPerVenue) {
        ctx.addIssue({ code: 'custom', message: `a venue may have at most ${VENUE_LIMITS.seatsPerVenue} seats (got ${seats})` });
      }
    }),
});

export type NewVenue = z.infer<typeof newVenueRules>;
export type NewSection = NewVenue['sections'][number];

export const venueChangeRules = z.object({
  name: optionalText(VENUE_LIMITS.nameLength),
  address: optionalText(VENUE_LIMITS.addressLength),
  city: optionalText(VENUE_LIMITS.cityLength),
});

export type VenueChanges = z.infer<typeof venueChangeRules>;
