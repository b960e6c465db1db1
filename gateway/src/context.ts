import { randomUUID } from 'node:crypto';
import { authenticate, type TokenVerifier, type Viewer } from '@boxoffice/platform';

/** What the gateway knows about a request and forwards to the subgraphs. */
export interface GatewayContext {
  /** The caller's `Authorization` header, already verified; subgraphs verify it again. */
  authorization?: string;
  viewer?: Viewer;
  correlationId: string;
  clientIp?: string;
  userAgent?: string;
}

export interface RequestFacts {
  authorization?: string;
  correlationId?: string;
  clientIp?: string;
  userAgent?: string;
}

/** Verifies the access token once at the edge: a bad token fails the request as UNAUTHENTICATED. */
export async function createGatewayContext(facts: RequestFacts, verify: TokenVerifier): Promise<GatewayContext> {
  const { viewer } = await authenticate(facts.authorization, verify);
  return {
    authorization: viewer ? facts.authorization : undefined,
    viewer,
    correlationId: facts.correlationId ?? randomUUID(),
    clientIp: facts.clientIp,
    userAgent: facts.userAgent,
  };
}
