import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/** Whether to believe the X-Forwarded-For entry added by the proxy at `address`, `hop` steps away. */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY as one function, given to Express (`trust proxy`) and used for websocket upgrades,
 * so both find the same client address: `true` believes every proxy, `false` none, and a comma
 * list names the proxies (addresses, subnets, `loopback`, `linklocal`, `uniquelocal`) to believe.
 */
export function trustProxy(setting: boolean | string): TrustProxy {
  if (typeof setting === 'boolean') return () => setting;
  return proxyaddr.compile(setting.split(',').map((entry) => entry.trim()));
}

/** The client's address, as Express's `req.ip` finds it with the same trust. */
export function clientAddressOf(request: IncomingMessage, trust: TrustProxy): string {
  return proxyaddr(request, trust) ?? 'unknown';
}
