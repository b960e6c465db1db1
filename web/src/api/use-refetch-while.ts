import { useEffect } from 'preact/hooks';

/** Often enough to show a change soon after it happens, rarely enough to cost the API little. */
const REFETCH_INTERVAL_MS = 1000;

/** Refetches every second while `active`: for changes the API does not push (a payment's outcome, a refund). */
export function useRefetchWhile(active: boolean, refetch: () => void): void {
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(refetch, REFETCH_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [active]);
}
