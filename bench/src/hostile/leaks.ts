/** Stack frames, file paths, SQL or HTML in a response: what no client may ever see. */
export const LEAK_PATTERNS: RegExp[] = [
  /\bat \S+ \(/,
  /\/(work|home|usr|app|src|node_modules)\//,
  /\.(ts|js):\d+/,
  /\b(select|insert into|update|delete from)\s.*\b(from|values|set|where)\b/i,
  /<html/i,
  /stacktrace/i,
];

/** The patterns `text` matches, as strings (empty when it leaks nothing). */
export const leaks = (text: string) => LEAK_PATTERNS.filter((pattern) => pattern.test(text)).map(String);
