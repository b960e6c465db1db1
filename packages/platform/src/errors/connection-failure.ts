/** Node's codes for a peer that refused, dropped or never answered a connection. */
const SOCKET_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * Whether `error` (or an error it wraps: GraphQL's originalError, MikroORM's and others' cause)
 * says a dependency such as Postgres could not be reached: a socket code, or a SQLSTATE of class
 * 08 (connection exception) or 57P01–57P03 (the server is shutting down or starting up).
 */
export function isConnectionFailure(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code))) return true;
    current = (current as { originalError?: unknown }).originalError ?? current.cause;
  }
  return false;
}
