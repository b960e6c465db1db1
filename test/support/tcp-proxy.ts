import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  /** host:port clients connect to instead of the target. */
  readonly address: string;
  /** Resets every connection and refuses new ones, as a server that went away would. */
  cut(): Promise<void>;
  /** Accepts connections again (nothing to do if it still does). */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A loopback TCP proxy to `target` (host:port) that a test can cut and restore, to simulate an
 * outage of Postgres or Redis without touching the real server other tests use.
 */
export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const [targetHost, targetPort] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
  const open = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const listening = createServer((client) => {
        const upstream = connect(targetPort, targetHost);
        for (const [socket, other] of [[client, upstream], [upstream, client]] as const) {
          open.add(socket);
          socket.on('error', () => other.destroy());
          socket.on('close', () => {
            open.delete(socket);
            other.destroy();
          });
          socket.pipe(other);
        }
      });
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => {
        port = (listening.address() as { port: number }).port;
        server = listening;
        resolve();
      });
    });

  const stopListening = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  const cut = async () => {
    const closing = stopListening();
    server = undefined;
    for (const socket of open) socket.resetAndDestroy();
    await closing;
  };

  await listen();
  return {
    address: `127.0.0.1:${port}`,
    cut,
    restore: () => (server ? Promise.resolve() : listen()),
    close: cut,
  };
}
