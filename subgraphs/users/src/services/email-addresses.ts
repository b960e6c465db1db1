import { z } from 'zod';

/** An email address as accounts store it: trimmed and lower-cased. */
export const emailAddress = z.string().trim().toLowerCase().pipe(z.email('must be a valid email address').max(254));

export const newPassword = z.string().min(8, 'must be at least 8 characters').max(256);
