/**
 * The sizes of a program, so every list it serves has a bound (the gateway's cost model counts
 * with the same numbers, gateway/src/limits/list-bounds.ts).
 */
export const SESSIONS_PER_EVENT = 100;
export const SPEAKERS_PER_SESSION = 10;
