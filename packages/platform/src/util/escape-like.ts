/** Escapes `%`, `_` and `\` so user text matches itself inside a LIKE/ILIKE pattern. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);
