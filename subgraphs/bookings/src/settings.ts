import { loadConfig } from '@boxoffice/platform';
import { z } from 'zod';

const seconds = (fallback: number) =>
  z.coerce.number().int('must be a whole number of seconds').positive('must be greater than 0').default(fallback);
const milliseconds = (fallback: number) =>
  z.coerce.number().int('must be a whole number of milliseconds').min(10, 'must be at least 10').default(fallback);

const bookingsEnv = z.object({
  /** How long held seats stay reserved before the sweeper releases them. */
  HOLD_TTL_SECONDS: seconds(600),
  /** How long a PENDING_PAYMENT booking may be paid before it expires. */
  PAYMENT_WINDOW_SECONDS: seconds(900),
  /** How often the sweeper looks for expired holds and unpaid bookings. */
  SWEEP_INTERVAL_MS: milliseconds(1000),
});

export type BookingsSettings = z.infer<typeof bookingsEnv>;

export const loadBookingsSettings = (env = process.env): BookingsSettings => loadConfig(bookingsEnv, env);
