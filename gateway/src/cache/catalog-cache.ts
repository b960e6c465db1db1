import type { SubgraphName } from '@boxoffice/platform';
import { LRUCache } from 'lru-cache';
import type { SubgraphAnswer } from '../fetching/pooled-http-client.js';

/**
 * The subgraphs whose data is public catalog data changed only by the facts on `venues.venue`
 * and `events.event` (events keeps a projection of venues, fed by the same facts).
 */
export const CATALOG_SUBGRAPHS: ReadonlySet<string> = new Set<SubgraphName>(['events', 'venues']);

/**
 * Anonymous answers of the catalog subgraphs, kept until a catalog fact arrives. It serves only
 * while facts are known to flow (`confirmLive` within the window); otherwise it neither serves
 * nor stores, and it starts empty again once they flow, so a missed fact cannot leave a stale
 * entry behind. An answer is stored only if no fact arrived while it was being fetched.
 */
export class CatalogCache {
  private readonly entries: LRUCache<string, SubgraphAnswer>;
  private generation = 0;
  private liveUntil = 0;

  constructor(options: { maxBytes: number; ttlMs: number }) {
    this.entries = new LRUCache({ maxSize: options.maxBytes, sizeCalculation: (answer, key) => answer.body.length + key.length, ttl: options.ttlMs });
  }

  /** Facts are flowing for the next `windowMs`. */
  confirmLive(windowMs: number): void {
    if (!this.isLive()) this.invalidate();
    this.liveUntil = Date.now() + windowMs;
  }

  /** Facts no longer flow (consumer stopped or crashed): serve nothing until they do again. */
  close(): void {
    this.liveUntil = 0;
    this.invalidate();
  }

  /** A catalog fact arrived: everything cached may be out of date. */
  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
  }

  get(key: string): SubgraphAnswer | undefined {
    return this.isLive() ? this.entries.get(key) : undefined;
  }

  /** Taken before fetching: `store` accepts the answer only if no fact arrived since. */
  snapshot(): number | undefined {
    return this.isLive() ? this.generation : undefined;
  }

  store(key: string, answer: SubgraphAnswer, snapshot: number | undefined): void {
    if (snapshot !== undefined && snapshot === this.generation && this.isLive()) this.entries.set(key, answer);
  }

  get size(): number {
    return this.entries.size;
  }

  private isLive(): boolean {
    return Date.now() <= this.liveUntil;
  }
}
