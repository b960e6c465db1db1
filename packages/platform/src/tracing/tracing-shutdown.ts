let shutdown: (() => Promise<void>) | undefined;

/** Set by start-tracing.ts, which only loads (with the whole SDK) when tracing is on. */
export function onTracingStop(stop: () => Promise<void>): void {
  shutdown = stop;
}

/** Exports the spans still buffered; the last step of a clean shutdown (nothing when tracing is off). */
export async function stopTracing(): Promise<void> {
  await shutdown?.();
}
