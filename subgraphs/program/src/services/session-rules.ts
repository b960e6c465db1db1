import type { FieldProblem } from '@boxoffice/platform';
import { z } from 'zod';
import { SPEAKERS_PER_SESSION } from './program-limits.js';

const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((value) => (value ? value : null));

const sessionFields = {
  title: z.string().trim().min(1, 'is required').max(200),
  description: optionalText(5_000),
  startsAt: z.date(),
  endsAt: z.date(),
  room: optionalText(100),
  track: optionalText(100),
  speakerIds: z
    .array(z.guid('must be an id'))
    .max(SPEAKERS_PER_SESSION)
    .refine((ids) => new Set(ids).size === ids.length, 'lists a speaker twice'),
};

export const newSessionRules = z.object({
  ...sessionFields,
  speakerIds: sessionFields.speakerIds.nullish().transform((ids) => ids ?? []),
});
export type NewSession = z.infer<typeof newSessionRules>;

/** Only fields that were given change; title, times and speakers cannot be cleared. */
export const sessionChangeRules = z.object({
  title: sessionFields.title.optional(),
  description: sessionFields.description.optional(),
  startsAt: sessionFields.startsAt.optional(),
  endsAt: sessionFields.endsAt.optional(),
  room: sessionFields.room.optional(),
  track: sessionFields.track.optional(),
  speakerIds: sessionFields.speakerIds.optional(),
});
export type SessionChanges = z.infer<typeof sessionChangeRules>;

/** Fields a null leaves unchanged instead of clearing. */
const UNCLEARABLE = ['title', 'startsAt', 'endsAt', 'speakerIds'];

/** The fields an update input gives: omitted ones, and nulls of fields that cannot be cleared, are dropped. */
export const givenChanges = (input: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(input).filter(([key, value]) => value !== undefined && !(value === null && UNCLEARABLE.includes(key))));

/** A session starts before it ends and lies within its event's times. */
export function timeProblems(event: { startsAt: Date; endsAt: Date }, startsAt: Date, endsAt: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (startsAt.getTime() < event.startsAt.getTime()) problems.push({ field: 'startsAt', message: `must not be before the event starts (${event.startsAt.toISOString()})` });
  if (endsAt.getTime() > event.endsAt.getTime()) problems.push({ field: 'endsAt', message: `must not be after the event ends (${event.endsAt.toISOString()})` });
  if (endsAt.getTime() <= startsAt.getTime()) problems.push({ field: 'endsAt', message: 'must be after startsAt' });
  return problems;
}
