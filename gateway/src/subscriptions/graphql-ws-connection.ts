import type { IncomingMessage } from 'node:http';
import { CloseCode, MessageType, parseMessage, stringifyMessage, type SubscribePayload } from 'graphql-ws';
import type { GraphQLFormattedError } from 'graphql';
import { WebSocket } from 'ws';
import type { GatewayContext } from '../context.js';
import type { SubscriptionMetrics } from './subscription-metrics.js';

/** Close code for a socket that stayed above the buffer bound for the whole grace period. */
export const SLOW_CONSUMER_CLOSE_CODE = 4008;
const CONNECTION_INIT_TIMEOUT_MS = 3_000;

export interface ConnectionLimits {
  /** Above this many unsent bytes a socket gets no new frames, only the newest of each subscription once it drains. */
  maxBufferedBytes: number;
  /** How long a socket may stay above the bound before it is closed with SLOW_CONSUMER_CLOSE_CODE. */
  slowConsumerGraceMs: number;
}

export interface OperationHandlers {
  /** The connection's context from its `connection_init` parameters, or undefined to refuse it (4403). */
  connect(params: Record<string, unknown> | undefined, request: IncomingMessage): Promise<GatewayContext | undefined>;
  /** Starts operation `id`; returns how to stop it. Results go through `connection.next/error/complete`. */
  start(connection: GraphqlWsConnection, id: string, payload: SubscribePayload): Promise<() => void>;
  /** The connection was acknowledged. */
  connected(connection: GraphqlWsConnection): void;
  /** A `ping` with a payload (e.g. a fresh token, see SocketGuard). */
  pinged(connection: GraphqlWsConnection, payload: Record<string, unknown> | undefined): Promise<void>;
}

/**
 * One socket speaking graphql-ws's `graphql-transport-ws` protocol (messages parsed and close
 * codes taken from the graphql-ws package). Our own rather than graphql-ws's server because a
 * push must be one pre-serialized payload shared by every socket, and a socket that does not
 * read must neither hold up the others nor grow without bound.
 */
export class GraphqlWsConnection {
  context?: GatewayContext;
  private initReceived = false;
  private readonly operations = new Map<string, (() => void) | undefined>();
  /** The newest undelivered frame of each subscription while the socket is above the bound. */
  private readonly waiting = new Map<string, string>();
  private graceTimer?: NodeJS.Timeout;
  alive = true;

  constructor(
    readonly socket: WebSocket,
    private readonly request: IncomingMessage,
    private readonly handlers: OperationHandlers,
    private readonly limits: ConnectionLimits,
    private readonly metrics: SubscriptionMetrics,
  ) {
    const initTimeout = setTimeout(() => {
      if (!this.context) socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
    }, CONNECTION_INIT_TIMEOUT_MS);
    socket.on('message', (data) => void this.receive(String(data)));
    socket.on('pong', () => (this.alive = true));
    socket.once('close', () => {
      clearTimeout(initTimeout);
      clearTimeout(this.graceTimer);
      this.waiting.clear();
      for (const stop of this.operations.values()) stop?.();
      this.operations.clear();
    });
  }

  get subscriptionCount(): number {
    return this.operations.size;
  }

  /** Sends `payload` (an already serialized result) as operation `id`'s next result. */
  next(id: string, payload: string): void {
    if (!this.operations.has(id) || this.socket.readyState !== WebSocket.OPEN) return;
    const frame = `{"id":${JSON.stringify(id)},"type":"next","payload":${payload}}`;
    if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      if (this.waiting.has(id)) this.metrics.framesReplaced.inc();
      this.waiting.set(id, frame);
      this.graceTimer ??= setTimeout(() => this.closeIfStillSlow(), this.limits.slowConsumerGraceMs).unref();
      return;
    }
    this.write(frame);
  }

  error(id: string, errors: readonly GraphQLFormattedError[]): void {
    if (!this.operations.delete(id)) return;
    this.waiting.delete(id);
    this.sendMessage(stringifyMessage({ id, type: MessageType.Error, payload: errors }));
  }

  complete(id: string): void {
    if (!this.operations.delete(id)) return;
    this.sendMessage(stringifyMessage({ id, type: MessageType.Complete }));
  }

  private async receive(data: string): Promise<void> {
    let message;
    try {
      message = parseMessage(data);
    } catch (error) {
      return this.socket.close(CloseCode.BadRequest, (error as Error).message.slice(0, 120));
    }
    switch (message.type) {
      case MessageType.ConnectionInit: {
        if (this.initReceived) return this.socket.close(CloseCode.TooManyInitialisationRequests, 'Too many initialisation requests');
        this.initReceived = true;
        const context = await this.handlers.connect(message.payload, this.request).catch(() => undefined);
        if (!context) return this.socket.close(CloseCode.Forbidden, 'Forbidden');
        this.context = context;
        this.handlers.connected(this);
        return this.sendMessage(stringifyMessage({ type: MessageType.ConnectionAck }));
      }
      case MessageType.Ping:
        await this.handlers.pinged(this, message.payload);
        return this.sendMessage(stringifyMessage({ type: MessageType.Pong }));
      case MessageType.Pong:
        return undefined;
      case MessageType.Subscribe: {
        if (!this.context) return this.socket.close(CloseCode.Unauthorized, 'Unauthorized');
        const { id } = message;
        if (this.operations.has(id)) return this.socket.close(CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
        this.operations.set(id, undefined);
        const stop = await this.handlers.start(this, id, message.payload);
        // Completed by the client, failed, or the socket closed while it was starting.
        if (this.operations.has(id)) this.operations.set(id, stop);
        else stop();
        return undefined;
      }
      case MessageType.Complete: {
        const stop = this.operations.get(message.id);
        this.operations.delete(message.id);
        this.waiting.delete(message.id);
        stop?.();
        return undefined;
      }
      default:
        return this.socket.close(CloseCode.BadRequest, `Unexpected message of type ${message.type}`);
    }
  }

  private sendMessage(frame: string): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame);
  }

  private write(frame: string): void {
    this.metrics.framesSent.inc();
    this.socket.send(frame, this.written);
  }

  /** After each write: once below the bound again, send what waited (the newest frame of each subscription). */
  private readonly written = (): void => {
    if (this.socket.bufferedAmount > this.limits.maxBufferedBytes || this.socket.readyState !== WebSocket.OPEN) return;
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
    if (this.waiting.size === 0) return;
    const frames = [...this.waiting.values()];
    this.waiting.clear();
    for (const frame of frames) this.write(frame);
  };

  private closeIfStillSlow(): void {
    this.graceTimer = undefined;
    if (this.socket.bufferedAmount <= this.limits.maxBufferedBytes) return this.written();
    this.metrics.slowConsumersClosed.inc();
    this.socket.close(SLOW_CONSUMER_CLOSE_CODE, 'Slow consumer: pushes were not read in time');
    // The close frame waits behind the unread data; do not keep the socket for the close handshake.
    setTimeout(() => this.socket.terminate(), 1_000).unref();
  }
}
