/**
 * Polls `probe` until it returns a value other than undefined/null, or `timeoutMs` passes.
 * Used where a fact arrives asynchronously over Kafka and the caller may briefly wait for it.
 */
export async function waitFor<T>(
  probe: () => Promise<T | null | undefined>,
  { timeoutMs, intervalMs = 50 }: { timeoutMs: number; intervalMs?: number },
): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null) return value;
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
