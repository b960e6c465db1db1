import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

/**
 * A child process holding many graphql-ws (graphql-transport-ws) connections to the gateway,
 * so that the clients are not the bottleneck. It records when each socket received each version
 * and answers the benchmark's requests over IPC (see fanout.ts).
 */
export interface SubscribersSpec {
  kind: string;
  count: number;
  query: string;
  token?: string;
}

type Request =
  | { type: 'connect'; url: string; eventId: string; subscribers: SubscribersSpec[] }
  | { type: 'await'; version: number }
  | { type: 'report'; marks: Array<{ version: number; at: number }> }
  | { type: 'close' };

interface Socket {
  kind: string;
  ws: WebSocket;
  last: number;
  /** [version, epoch ms] of every push. */
  received: Array<[number, number]>;
}

const now = () => performance.timeOrigin + performance.now();
const sockets: Socket[] = [];
let waiting: { version: number; resolve(): void } | undefined;
const send = (message: unknown) => process.send!(message);

function open(url: string, eventId: string, spec: SubscribersSpec): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, 'graphql-transport-ws');
    const socket: Socket = { kind: spec.kind, ws, last: -1, received: [] };
    ws.on('error', reject);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: spec.token ? { authorization: `Bearer ${spec.token}` } : {} })));
    ws.on('message', (data) => {
      const text = String(data);
      if (text.includes('"connection_ack"')) {
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: spec.query, variables: { id: eventId } } }));
        return;
      }
      const version = /"version":(\d+)/.exec(text);
      if (!version) {
        if (text.includes('"error"')) reject(new Error(text));
        return;
      }
      const v = Number(version[1]);
      socket.received.push([v, now()]);
      if (socket.last < 0) resolve();
      socket.last = Math.max(socket.last, v);
      if (waiting && v >= waiting.version) checkWaiting();
    });
    sockets.push(socket);
  });
}

function checkWaiting(): void {
  if (waiting && sockets.every((socket) => socket.last >= waiting!.version)) {
    const { resolve } = waiting;
    waiting = undefined;
    resolve();
  }
}

process.on('message', async (request: Request) => {
  switch (request.type) {
    case 'connect': {
      for (const spec of request.subscribers) {
        for (let i = 0; i < spec.count; i += 200) {
          await Promise.all(Array.from({ length: Math.min(200, spec.count - i) }, () => open(request.url, request.eventId, spec)));
        }
      }
      return send({ type: 'connected', versions: [...new Set(sockets.map((socket) => socket.last))] });
    }
    case 'await': {
      const started = now();
      await new Promise<void>((resolve) => {
        waiting = { version: request.version, resolve };
        checkWaiting();
      });
      return send({ type: 'reached', version: request.version, at: now(), waitedMs: now() - started, lowest: Math.min(...sockets.map((s) => s.last)) });
    }
    case 'report': {
      const latencies: Record<string, number[]> = {};
      for (const socket of sockets) {
        for (const mark of request.marks) {
          const first = socket.received.find(([version]) => version >= mark.version);
          if (first) (latencies[socket.kind] ??= []).push(first[1] - mark.at);
        }
        socket.received = [];
      }
      return send({ type: 'latencies', latencies });
    }
    case 'close': {
      await Promise.all(sockets.map((socket) => new Promise((resolve) => (socket.ws.once('close', resolve), socket.ws.close()))));
      sockets.length = 0;
      return send({ type: 'closed' });
    }
  }
});
