/**
 * Retries `assertion` until it stops throwing, or rethrows its last error after `timeoutMs`:
 * the platform's `waitFor` for assertions, so a test that gives up says what it still waited for.
 */
export async function eventually<T>(assertion: () => Promise<T>, timeoutMs = 10_000, intervalMs = 100): Promise<T> {
  // Loaded on first use: the platform takes seconds to load in each test file, and many never wait.
  const { waitFor } = await import('@boxoffice/platform');
  let lastError: unknown;
  const passed = await waitFor(
    async () => {
      try {
        return { value: await assertion() };
      } catch (error) {
        lastError = error;
        return undefined;
      }
    },
    { timeoutMs, intervalMs },
  );
  if (!passed) throw lastError;
  return passed.value;
}
