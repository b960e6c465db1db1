import { readdirSync, readlinkSync } from 'node:fs';
import { endianness } from 'node:os';
import koffi from 'koffi';

const AF_INET = 2;
const AF_INET6 = 10;
const SHUT_RDWR = 2;

interface Libc {
  getsockname(fd: number, address: Buffer, length: number[]): number;
  getpeername(fd: number, address: Buffer, length: number[]): number;
  shutdown(fd: number, how: number): number;
}

let libc: Libc | undefined;

function loadLibc(): Libc {
  if (libc) return libc;
  const lib = koffi.load('libc.so.6');
  libc = {
    getsockname: lib.func('int getsockname(int fd, _Out_ uint8_t *addr, _Inout_ uint32_t *addrlen)'),
    getpeername: lib.func('int getpeername(int fd, _Out_ uint8_t *addr, _Inout_ uint32_t *addrlen)'),
    shutdown: lib.func('int shutdown(int fd, int how)'),
  };
  return libc;
}

/** The local port of socket `fd` when it is a connected TCP socket (IPv4 or IPv6); undefined otherwise. */
function connectedLocalPort(c: Libc, fd: number): number | undefined {
  const address = Buffer.alloc(128);
  if (c.getsockname(fd, address, [address.length]) !== 0) return undefined;
  const family = endianness() === 'LE' ? address.readUInt16LE(0) : address.readUInt16BE(0);
  if (family !== AF_INET && family !== AF_INET6) return undefined;
  // A listening socket has no peer.
  if (c.getpeername(fd, Buffer.alloc(128), [128]) !== 0) return undefined;
  return address.readUInt16BE(2);
}

/**
 * Ends, both ways, every connection that this process accepted on one of `ports` (Linux: the
 * descriptors are found in /proc/self/fd). shutdown(2) ends a connection for every process that
 * holds a copy of its descriptor, where close(2) only drops this process's copy: librdkafka
 * accepts connections without close-on-exec, so a child process started since then (a service
 * the dev stack restarted) keeps them open otherwise. Returns how many it ended.
 */
export function shutDownAcceptedConnections(ports: ReadonlySet<number>): number {
  const c = loadLibc();
  let ended = 0;
  for (const name of readdirSync('/proc/self/fd')) {
    let target: string;
    try {
      target = readlinkSync(`/proc/self/fd/${name}`);
    } catch {
      continue; // closed meanwhile
    }
    if (!target.startsWith('socket:')) continue;
    const fd = Number(name);
    const port = connectedLocalPort(c, fd);
    if (port !== undefined && ports.has(port) && c.shutdown(fd, SHUT_RDWR) === 0) ended += 1;
  }
  return ended;
}
