import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Request, type RequestHandler } from 'express';
import { sendHttpError, UNSIGNED_BODY_ERROR_TYPE } from './http-errors.js';

/** Headers of a subgraph request signed by the gateway. */
export const SIGNATURE_HEADERS = {
  timestamp: 'x-boxoffice-timestamp',
  clientAddress: 'x-boxoffice-client-address',
  bodyDigest: 'x-boxoffice-body-sha256',
  signature: 'x-boxoffice-signature',
} as const;

/** The client's User-Agent as the gateway forwards it (informational: shown in a user's sessions). */
export const CLIENT_USER_AGENT_HEADER = 'x-boxoffice-client-user-agent';

/** How far a signature's timestamp may be from the subgraph's clock. */
const MAX_CLOCK_SKEW_MS = 60_000;

export interface SignedRequest {
  method: string;
  /** The URL path, e.g. `/graphql`. */
  path: string;
  body: string | Uint8Array;
  /** The address of the client the gateway serves, as the gateway saw it. */
  clientAddress?: string;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const hmac = (secret: string, parts: string[]) => createHmac('sha256', secret).update(parts.join('\n')).digest('hex');

/** The headers that prove to a subgraph that the gateway sent this request (HMAC-SHA256 with the shared secret). */
export function signSubgraphRequest(secret: string, request: SignedRequest, now = Date.now()): Record<string, string> {
  const timestamp = String(now);
  const clientAddress = request.clientAddress ?? '';
  const bodyDigest = sha256(request.body);
  return {
    [SIGNATURE_HEADERS.timestamp]: timestamp,
    [SIGNATURE_HEADERS.clientAddress]: clientAddress,
    [SIGNATURE_HEADERS.bodyDigest]: bodyDigest,
    [SIGNATURE_HEADERS.signature]: hmac(secret, [request.method.toUpperCase(), request.path, timestamp, clientAddress, bodyDigest]),
  };
}

/** What a subgraph learned from a valid signature, kept on `res.locals`. */
interface GatewayProof {
  clientAddress?: string;
  bodyDigest: string;
  bodyVerified: boolean;
}

/**
 * Middleware for a subgraph's `/graphql` that admits only requests the gateway signed:
 * `headers` checks the signature over method, path, time, client address and body digest
 * before the body is read; `verifyBody` (express.json's `verify` option) checks the body
 * against the digest; `bodyVerified` refuses requests whose body was never checked (GET, other
 * media types). Failures are 401 UNAUTHENTICATED.
 */
export function gatewaySignatureCheck(secret: string) {
  const headers: RequestHandler = (req, res, next) => {
    const header = (name: string) => req.header(name) ?? '';
    const timestamp = header(SIGNATURE_HEADERS.timestamp);
    const clientAddress = header(SIGNATURE_HEADERS.clientAddress);
    const bodyDigest = header(SIGNATURE_HEADERS.bodyDigest);
    const expected = hmac(secret, [req.method, req.originalUrl.split('?')[0]!, timestamp, clientAddress, bodyDigest]);
    const given = Buffer.from(header(SIGNATURE_HEADERS.signature));
    const fresh = Math.abs(Date.now() - Number(timestamp)) <= MAX_CLOCK_SKEW_MS;
    if (!fresh || given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) {
      return refuse(res);
    }
    const proof: GatewayProof = { clientAddress: clientAddress || undefined, bodyDigest, bodyVerified: false };
    res.locals.gatewayProof = proof;
    next();
  };
  const verifyBody = (_req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const proof = (res as unknown as { locals: { gatewayProof: GatewayProof } }).locals.gatewayProof;
    if (sha256(body) !== proof.bodyDigest) throw Object.assign(new Error('body does not match its signature'), { type: UNSIGNED_BODY_ERROR_TYPE });
    proof.bodyVerified = true;
  };
  const bodyVerified: RequestHandler = (_req, res, next) => ((res.locals.gatewayProof as GatewayProof).bodyVerified ? next() : refuse(res));
  return { headers, verifyBody, bodyVerified };
}

function refuse(res: Parameters<RequestHandler>[1]) {
  sendHttpError(res, 401, 'UNAUTHENTICATED', 'Subgraphs answer only requests signed by the gateway');
}

/** The client's address: as the gateway signed it, else the connection's peer. Never X-Forwarded-For. */
export function clientAddressOf(req: Request, res: Parameters<RequestHandler>[1]): string | undefined {
  return (res.locals.gatewayProof as GatewayProof | undefined)?.clientAddress ?? req.socket.remoteAddress;
}

/**
 * The body parsing of a subgraph's `/graphql`: with a shared secret, only requests the gateway
 * signed get through; without one (development only, see config) any request does.
 */
export function subgraphBodyParsing(secret: string | undefined, limit: string): RequestHandler[] {
  if (!secret) return [express.json({ limit })];
  const check = gatewaySignatureCheck(secret);
  return [check.headers, express.json({ limit, verify: check.verifyBody }), check.bodyVerified];
}
