import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { DomainError } from '@boxoffice/platform';
import type { WebSocketServer } from 'ws';
import { rateLimitedFor, retryAfterOf } from './rate-limited.js';
import type { SocketsPerAddress } from './sockets-per-address.js';
import type { RateDecision } from './synced-rate-limiter.js';

export interface WebSocketAdmission {
  /** The client address of an upgrade request, found as for HTTP requests (TRUST_PROXY). */
  addressOf(request: IncomingMessage): string;
  /** The per-address request budget HTTP requests are charged to. */
  limiter: { consume(address: string): Promise<RateDecision> };
  sockets: SocketsPerAddress;
}

/**
 * Hands `httpServer`'s websocket upgrades to `wsServer` once admitted as an HTTP request would be:
 * each upgrade is charged to its client address's request budget, and an address holds at most
 * `sockets.max` open sockets (its place is given back when the connection closes, however it
 * ends). A refused upgrade is answered like a refused HTTP request, HTTP 429 `RATE_LIMITED` with
 * `Retry-After` and a JSON body, and opens no websocket.
 */
export function admitWebSockets(httpServer: Server, wsServer: WebSocketServer, { addressOf, limiter, sockets }: WebSocketAdmission): void {
  httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Until ws takes the connection over, a reset must not become an unhandled 'error'.
    const dropped = () => socket.destroy();
    socket.on('error', dropped);
    const address = addressOf(request);
    void limiter.consume(address).then(
      (decision) => {
        if (socket.destroyed) return;
        if (!decision.allowed) return refuseUpgrade(socket, rateLimitedFor(decision.retryAfterMs));
        if (!sockets.take(address)) return refuseUpgrade(socket, tooManySockets(sockets.max));
        socket.once('close', () => sockets.release(address));
        socket.off('error', dropped);
        wsServer.handleUpgrade(request, socket, head, (websocket) => wsServer.emit('connection', websocket, request));
      },
      () => socket.destroy(),
    );
  });
}

const tooManySockets = (max: number) =>
  new DomainError('RATE_LIMITED', `At most ${max} websockets may be open from one client address`, { retryAfterSeconds: 1 });

function refuseUpgrade(socket: Duplex, error: DomainError): void {
  const body = JSON.stringify({ errors: [error.toJSON()] });
  socket.end(
    [
      'HTTP/1.1 429 Too Many Requests',
      'Connection: close',
      'Content-Type: application/json; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      `Retry-After: ${retryAfterOf(error)}`,
      '',
      body,
    ].join('\r\n'),
  );
}
