import { CAPTURED_STATUSES, type Payment } from '../entities/index.js';

/**
 * The payment that stands for a booking: the one that took its money if any, else its latest
 * attempt (attempts come oldest first), else none.
 */
export const paymentOfBooking = (attempts: readonly Payment[]): Payment | null =>
  attempts.find((payment) => CAPTURED_STATUSES.includes(payment.status)) ?? attempts.at(-1) ?? null;
