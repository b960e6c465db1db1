import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { TokenVerifier } from '@boxoffice/platform';
import {
  GraphQLError,
  OperationTypeNode,
  getOperationAST,
  parse,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { createGatewayContext, type GatewayContext } from '../context.js';
import { MAX_REQUEST_BYTES } from '../limits/request-size.js';
import { planSubscription, type SubscriptionPlan } from './plan-subscription.js';
import type { RedisHub } from './redis-hub.js';
import { SocketGuard, type SocketLimits } from './socket-guard.js';
import { checkSocketOperation, type SocketOperationLimits } from './socket-operation.js';

type RunOperation = (document: DocumentNode, variables: ExecutionArgs['variableValues'], context: GatewayContext) => Promise<ExecutionResult>;

interface OperationContext {
  /** The socket's guard holds its current context: a refreshed token applies to later pushes. */
  guard: SocketGuard;
  plan?: SubscriptionPlan;
}

export interface SubscriptionServerOptions {
  httpServer: Server;
  path: string;
  apollo: ApolloServer<GatewayContext>;
  schema: () => GraphQLSchema;
  hub: RedisHub;
  verify: TokenVerifier;
  limits: SocketLimits & SocketOperationLimits;
}

/**
 * graphql-ws on the gateway's HTTP server. A subscription is served by re-running its
 * matching root query through the gateway (so payloads may select any subgraph's fields) now
 * and whenever Redis signals a change; queries and mutations sent over the socket run once.
 */
export function startSubscriptionServer({ httpServer, path, apollo, schema, hub, verify, limits }: SubscriptionServerOptions) {
  // Messages over the limit close the socket with 1009, as HTTP answers 413.
  const wsServer = new WebSocketServer({ server: httpServer, path, maxPayload: MAX_REQUEST_BYTES });
  const run: RunOperation = async (document, variables, context) => {
    const response = await apollo.executeOperation({ query: document, variables: variables ?? undefined }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not supported over websockets');
    return response.body.singleResult as ExecutionResult;
  };

  const cleanup = useServer<Record<string, unknown>, { guard?: SocketGuard }>(
    {
      schema: () => schema(),
      async onConnect(ctx) {
        const header = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        try {
          const gateway = await createGatewayContext(
            { authorization: typeof header === 'string' ? header : undefined, clientIp: ctx.extra.request.socket.remoteAddress },
            verify,
          );
          ctx.extra.guard = new SocketGuard(ctx.extra.socket, limits, verify, gateway);
          return true;
        } catch {
          return false;
        }
      },
      onPing: (ctx, payload) => ctx.extra.guard?.refresh(payload?.authorization),
      onClose: (ctx) => ctx.extra.guard?.stop(),
      async onSubscribe(ctx, _id, payload) {
        const guard = ctx.extra.guard!;
        const overLimit = guard.refusal(Object.keys(ctx.subscriptions).length);
        if (overLimit) return [overLimit];
        const checked = checkSocketOperation(payload, schema(), limits);
        if (Array.isArray(checked)) return checked;
        const document = checked;
        const operation = getOperationAST(document, payload.operationName)!;
        const args: ExecutionArgs = { schema: schema(), document, variableValues: payload.variables, operationName: payload.operationName };
        if (operation.operation !== OperationTypeNode.SUBSCRIPTION) return { ...args, contextValue: { guard } };
        const gateway = guard.context;
        try {
          const plan = planSubscription(schema(), document, operation, payload.variables);
          // Check access (and that the object exists) before accepting the subscription.
          const probe = await run(plan.query, payload.variables, gateway);
          if (probe.errors?.length) return probe.errors.map((e) => new GraphQLError(e.message, { extensions: e.extensions }));
          const refusal = await checkAccess(plan, gateway, run);
          if (refusal) return [refusal];
          return { ...args, contextValue: { guard, plan } };
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Could not start the subscription', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })];
        }
      },
      execute: (args) => run(args.document, args.variableValues, (args.contextValue as OperationContext).guard.context),
      subscribe: (args) => {
        const { guard, plan } = args.contextValue as OperationContext;
        return pushes(plan!, hub, () => run(plan!.query, args.variableValues, guard.context));
      },
      // Results come from Apollo already formatted (codes, no stack traces); send them as they are.
      onNext: (_ctx, _id, _payload, _args, result) => result as FormattedExecutionResult,
    },
    wsServer,
  );
  return { stop: () => cleanup.dispose() };
}

/** Applies the source's own access rule, if it has one; returns the error to refuse with. */
async function checkAccess(
  plan: SubscriptionPlan,
  gateway: GatewayContext,
  run: RunOperation,
): Promise<GraphQLError | undefined> {
  const { access } = plan.source;
  if (!access) return undefined;
  if (!gateway.viewer) return new GraphQLError('Authentication required', { extensions: { code: 'UNAUTHENTICATED' } });
  const { data } = await run(parse(access.query), plan.args, gateway);
  if (access.allows(gateway.viewer, data)) return undefined;
  return new GraphQLError('Only the owner or an admin may subscribe to this', { extensions: { code: 'FORBIDDEN' } });
}

/** The current result now (if the source wants it) and after every change; identical repeats are skipped. */
async function* pushes(plan: SubscriptionPlan, hub: RedisHub, query: () => Promise<ExecutionResult>): AsyncGenerator<ExecutionResult> {
  const stop = new AbortController();
  try {
    // Listen first, then query: a change landing between onSubscribe's probe and here is not lost.
    const changes = await hub.listen(plan.channel, stop.signal);
    let last = '';
    const fresh = async () => {
      const result = await query();
      const serialized = JSON.stringify(result);
      if (serialized === last) return undefined;
      last = serialized;
      return result;
    };
    if (plan.source.pushInitial) {
      const initial = await fresh();
      if (initial) yield initial;
    } else {
      last = JSON.stringify(await query());
    }
    for await (const _change of changes) {
      const result = await fresh();
      if (result) yield result;
    }
  } finally {
    stop.abort();
  }
}
