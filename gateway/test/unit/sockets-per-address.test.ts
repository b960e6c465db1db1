import { SocketsPerAddress } from '../../src/limits/sockets-per-address.js';

describe('open websockets per client address', () => {
  it('gives each address up to its cap, and a place back for each one released', () => {
    const sockets = new SocketsPerAddress(2);
    expect([sockets.take('a'), sockets.take('a'), sockets.take('a')]).toEqual([true, true, false]);
    expect(sockets.take('b')).toBe(true);
    sockets.release('a');
    expect([sockets.take('a'), sockets.take('a')]).toEqual([true, false]);
  });

  it('forgets an address that holds nothing, so a stray release gives no extra place', () => {
    const sockets = new SocketsPerAddress(1);
    expect(sockets.take('a')).toBe(true);
    sockets.release('a');
    sockets.release('a');
    expect([sockets.take('a'), sockets.take('a')]).toEqual([true, false]);
  });
});
