import { performance } from 'node:perf_hooks';
import { WebSocketServer } from 'ws';

/**
 * The floor of the fan-out benchmark (fanout.ts): a child process with a plain `ws` server that
 * speaks just enough graphql-transport-ws for client-worker.ts (ack, then a `next` frame per
 * push) and nothing else: no GraphQL, no Kafka, no Redis, no per-socket bookkeeping. What it
 * takes to hand one frame to N loopback sockets of the same client processes is the least any
 * gateway on this machine could take.
 */

const now = () => performance.timeOrigin + performance.now();
const payloadOf = (version: number) =>
  JSON.stringify({ data: { seatAvailabilityChanged: { version, available: 400, held: 80, sold: 20, event: { title: 'Bench On-Sale', venue: { name: 'Bench Arena' } } } } });
const subscribed = new Map<import('ws').WebSocket, string>();

const server = new WebSocketServer({ port: 0, host: '127.0.0.1', handleProtocols: () => 'graphql-transport-ws' });
server.on('connection', (ws) => {
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; id?: string };
    if (message.type === 'connection_init') ws.send('{"type":"connection_ack"}');
    if (message.type === 'subscribe') {
      subscribed.set(ws, message.id!);
      ws.send(`{"id":${JSON.stringify(message.id)},"type":"next","payload":${payloadOf(0)}}`);
    }
  });
  ws.on('close', () => subscribed.delete(ws));
});
server.on('listening', () => process.send!({ type: 'listening', port: (server.address() as { port: number }).port }));

process.on('message', (request: { type: 'push'; version: number }) => {
  const payload = payloadOf(request.version);
  const at = now();
  for (const [ws, id] of subscribed) ws.send(`{"id":${JSON.stringify(id)},"type":"next","payload":${payload}}`);
  process.send!({ type: 'pushed', at });
});
