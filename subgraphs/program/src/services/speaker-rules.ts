import { z } from 'zod';

const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((value) => (value ? value : null));

/** What a speaker may hold; the same rules for creating and changing one. */
const speakerFields = {
  name: z.string().trim().min(1, 'is required').max(200),
  bio: optionalText(5_000),
  company: optionalText(200),
  photoUrl: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .max(2_000)
    .nullish()
    .transform((value) => value ?? null),
};

export const newSpeakerRules = z.object(speakerFields);

/** Only fields that were given change; `name` cannot be cleared. */
export const speakerChangeRules = z.object({
  name: speakerFields.name.optional(),
  bio: speakerFields.bio.optional(),
  company: speakerFields.company.optional(),
  photoUrl: speakerFields.photoUrl.optional(),
});
