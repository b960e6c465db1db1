export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

/**
 * After `attempts` failed attempts: when to try again (exponential backoff, base·2^(n−1), at
 * most maxMs), or `undefined` when the attempts are used up.
 */
export function nextAttemptDelay(attempts: number, { baseMs, maxMs, maxAttempts }: RetryPolicy): number | undefined {
  if (attempts >= maxAttempts) return undefined;
  return Math.min(maxMs, baseMs * 2 ** (attempts - 1));
}
