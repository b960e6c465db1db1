import type { Viewer } from './viewer.js';

const MAX_ENTRIES = 10_000;
/** How long a verified token is trusted without checking its signature again. */
const TRUST_MS = 60_000;

/**
 * Tokens this process verified lately, so a client's next requests skip the signature check
 * (an ECDSA verification per request is a large share of a small request's CPU). An entry
 * lasts until the token expires or TRUST_MS passes, whichever is first, so a retired signing
 * key stops being honoured within a minute. Oldest entries make room for new ones.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { viewer: Viewer; until: number }>();

  get(token: string): Viewer | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until > Date.now()) return entry.viewer;
    this.entries.delete(token);
    return undefined;
  }

  set(token: string, viewer: Viewer, expiresAtSeconds: number | undefined): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    const until = Math.min(Date.now() + TRUST_MS, (expiresAtSeconds ?? 0) * 1000);
    this.entries.set(token, { viewer, until });
  }
}
