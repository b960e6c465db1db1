import type { IncomingMessage } from 'node:http';
import { clientAddressOf, trustProxy } from '../../src/client-address.js';

/** An upgrade request from `peer` carrying `forwardedFor` as its X-Forwarded-For. */
const request = (peer: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as IncomingMessage;

describe('the client address of a request, by TRUST_PROXY', () => {
  it('is the peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddressOf(request('203.0.113.9', '198.51.100.7'), trustProxy(false))).toBe('203.0.113.9');
  });

  it('is the forwarded address when the peer is a trusted proxy, and the peer when it is not', () => {
    const loopback = trustProxy('loopback');
    expect(clientAddressOf(request('127.0.0.1', '198.51.100.7'), loopback)).toBe('198.51.100.7');
    expect(clientAddressOf(request('203.0.113.9', '198.51.100.7'), loopback)).toBe('203.0.113.9');
  });

  it('walks the chain back to the first address no trusted proxy added', () => {
    const proxies = trustProxy('loopback, 10.0.0.0/8');
    expect(clientAddressOf(request('127.0.0.1', '198.51.100.7, 10.1.2.3'), proxies)).toBe('198.51.100.7');
    expect(clientAddressOf(request('127.0.0.1', '198.51.100.7, 192.0.2.1'), proxies)).toBe('192.0.2.1');
    expect(clientAddressOf(request('127.0.0.1', '198.51.100.7, 192.0.2.1'), trustProxy(true))).toBe('198.51.100.7');
  });
});
