import type { CombinedError } from '@urql/core';

export const HOLD_EXPIRED_MESSAGE = 'Your hold ran out before checkout and the seats went back on sale. Pick your seats again.';

/** What went wrong, in plain words, from the API's documented error codes. */
export function explain(error: CombinedError, seatLabels: (ids: string[]) => string[] = () => []): string {
  if (error.networkError) return 'The box office cannot be reached right now. Check your connection and try again.';
  const first = error.graphQLErrors[0];
  const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
  switch (extensions.code) {
    case 'SEAT_UNAVAILABLE': {
      const labels = seatLabels((extensions.seatIds as string[] | undefined) ?? []);
      const which = labels.length > 0 ? `${labels.join(', ')} ${labels.length === 1 ? 'was' : 'were'}` : 'Some of these seats were';
      return `Sorry, ${which} just taken by someone else. Nothing was held for you; pick other seats.`;
    }
    case 'HOLD_EXPIRED':
      return HOLD_EXPIRED_MESSAGE;
    case 'PAYMENT_DECLINED':
      return `Your card was declined${extensions.reason ? ` (${String(extensions.reason)})` : ''}. Nothing was charged; try another card.`;
    case 'UNAUTHENTICATED':
      return 'Please log in first.';
    case 'FORBIDDEN':
      return 'Your account is not allowed to do this.';
    case 'NOT_FOUND':
      return 'That could not be found.';
    case 'CONFLICT':
      return 'That email is already registered. Log in instead.';
    case 'RATE_LIMITED':
      return `Too many tries. Wait ${String(extensions.retryAfterSeconds ?? 'a few')} seconds and try again.`;
    case 'BAD_USER_INPUT': {
      const fields = extensions.fields as string[] | undefined;
      return `Please check ${fields?.length ? fields.join(', ') : 'what you entered'}: ${first!.message}`;
    }
    default:
      return first?.message ?? 'Something went wrong. Try again.';
  }
}

export const codeOf = (error: CombinedError | undefined): string | undefined =>
  error?.graphQLErrors[0]?.extensions?.code as string | undefined;
