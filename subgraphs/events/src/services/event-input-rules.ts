import { badUserInput } from '@boxoffice/platform';
import { z } from 'zod';
import type { KnownSection, StoredPrice } from '../entities/index.js';

/** A venue has at most 50 sections, so more prices than this cannot all be valid. */
const MAX_PRICES = 50;
/** 1,000,000.00 in a currency with cents: a booking of the most seats a hold allows (10) still fits a GraphQL Int. */
export const MAX_PRICE_CENTS = 100_000_000;
const ISO_4217_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export const DEFAULT_CURRENCY = 'USD';

const title = z.string().trim().min(1, 'must not be blank').max(200, 'must be at most 200 characters');
/** Blank descriptions are stored as no description. */
const description = z
  .string()
  .trim()
  .max(5000, 'must be at most 5000 characters')
  .nullable()
  .transform((text) => text || null);

const currency = z
  .string()
  .refine((code) => /^[A-Z]{3}$/.test(code) && ISO_4217_CODES.has(code), 'must be an ISO 4217 code in capitals, e.g. USD');

const prices = z
  .array(
    z.object({
      sectionId: z.guid('must be a section id'),
      priceCents: z.number().int('must be whole cents').min(0, 'must not be negative').max(MAX_PRICE_CENTS, `must be at most ${MAX_PRICE_CENTS}`),
    }),
  )
  .max(MAX_PRICES, `must have at most ${MAX_PRICES} entries`)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach(({ sectionId }, index) => {
      if (seen.has(sectionId)) ctx.addIssue({ code: 'custom', path: [index, 'sectionId'], message: 'is priced more than once' });
      seen.add(sectionId);
    });
  });

export const newEventSchema = z
  .object({
    title,
    description: description.optional(),
    venueId: z.guid('must be a venue id'),
    startsAt: z.date(),
    endsAt: z.date(),
    currency: currency.nullish().transform((code) => code ?? DEFAULT_CURRENCY),
    prices,
  })
  .refine((event) => event.endsAt > event.startsAt, { path: ['endsAt'], message: 'must be after startsAt' });

/** Absent fields stay as they are; null is only meaningful for the description (clears it). */
export const eventChangesSchema = z.object({
  title: title.optional(),
  description: description.optional(),
  startsAt: z.date().optional(),
  endsAt: z.date().optional(),
  prices: prices.optional(),
});

export const cancellationSchema = z.object({
  reason: z.string().trim().max(1000, 'must be at most 1000 characters').nullish().transform((text) => text || null),
});

/** Every priced section must be one of the venue's; BAD_USER_INPUT on `prices` otherwise. */
export function assertSectionsOfVenue(priced: StoredPrice[], sections: KnownSection[]): void {
  const sectionIds = new Set(sections.map((section) => section.id));
  const problems = priced
    .map(({ sectionId }, index) => ({ sectionId, index }))
    .filter(({ sectionId }) => !sectionIds.has(sectionId))
    .map(({ index }) => ({ field: `prices[${index}].sectionId`, message: 'is not a section of this venue' }));
  if (problems.length > 0) throw badUserInput(problems);
}

/** endsAt must stay after startsAt; `changed` names the field the caller sent. */
export function assertEndsAfterStart(startsAt: Date, endsAt: Date, changed: 'startsAt' | 'endsAt'): void {
  if (endsAt <= startsAt) throw badUserInput([{ field: changed, message: 'endsAt must be after startsAt' }]);
}
