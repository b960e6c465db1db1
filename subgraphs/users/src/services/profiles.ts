import { requireViewer, unauthenticated, validateInput, type RequestContext } from '@boxoffice/platform';
import { z } from 'zod';
import { User } from '../entities/index.js';
import type { ProfileInput } from '../types/index.js';

const phone = z.string().trim().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number such as +4915112345678');

const locale = z
  .string()
  .trim()
  .max(35)
  .transform((tag, check) => {
    try {
      return Intl.getCanonicalLocales(tag)[0]!;
    } catch {
      check.addIssue({ code: 'custom', message: 'must be a BCP 47 language tag such as de-AT' });
      return z.NEVER;
    }
  });

const timeZone = z
  .string()
  .trim()
  .max(64)
  .transform((zone, check) => {
    try {
      if (!/^[A-Za-z]/.test(zone)) throw new RangeError(zone);
      return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      check.addIssue({ code: 'custom', message: 'must be an IANA time zone such as Europe/Vienna' });
      return z.NEVER;
    }
  });

const profileChange = z.object({ phone: phone.nullish(), locale: locale.nullish(), timeZone: timeZone.nullish() });

/** A user's own profile: phone, locale and time zone. */
export class Profiles {
  /** Sets the fields given (null clears one) on the caller's account. */
  async update({ em, auth }: RequestContext, input: ProfileInput): Promise<User> {
    const change = validateInput(profileChange, input);
    return em.transactional(async (tx) => {
      const user = await tx.findOneOrFail(User, requireViewer(auth).id);
      // An access token outlives its account by up to its TTL: nothing personal comes back that way.
      if (user.deletedAt) throw unauthenticated('This account was deleted');
      for (const field of ['phone', 'locale', 'timeZone'] as const) {
        if (change[field] !== undefined) user[field] = change[field];
      }
      return user;
    });
  }
}
