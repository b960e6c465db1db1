import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

let afterMajorGc = 0;
let observer: PerformanceObserver | undefined;

/** Starts watching this process's collections (once; later calls change nothing). */
export function observeHeapAfterGc(): void {
  observer ??= new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if ((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) afterMajorGc = process.memoryUsage().heapUsed;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
}

/**
 * The heap in use right after this process's last full (mark-sweep-compact) collection: what it
 * retains, without the garbage that "heap used" also counts between collections. 0 until the
 * first one after observeHeapAfterGc. A leak shows as this value rising.
 */
export function heapAfterMajorGc(): number {
  return afterMajorGc;
}

/**
 * Collects all garbage now, if the process runs with `--expose-gc` (the soak's stacks do, so
 * they can read what each process retains at once; production never does): `/metrics?gc`.
 */
export function collectGarbageIfExposed(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  gc();
  afterMajorGc = process.memoryUsage().heapUsed;
}
