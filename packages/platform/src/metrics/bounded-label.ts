/** What every value past the cap is recorded as. */
export const OTHER_LABEL = '__other';
const MAX_VALUE_LENGTH = 100;

/**
 * A label value chosen by clients (an operation name) would let anyone grow the metrics
 * without bound; this keeps the first `max` distinct values (cut to 100 characters) and folds
 * every later one into `__other`.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly max: number) {}

  of(raw: string): string {
    const value = raw.slice(0, MAX_VALUE_LENGTH);
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return OTHER_LABEL;
    this.seen.add(value);
    return value;
  }
}
