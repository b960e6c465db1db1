/**
 * The gateway's per-address budgets where every client runs on this machine and so shares
 * 127.0.0.1: `npm run dev` (unless the environment sets them), the test stacks and gateway
 * replicas in tests. With production's defaults a local load test or a few thousand local
 * websockets would be one address over its budget. The limits themselves are tested on
 * replicas with small ones.
 */
export const LOOPBACK_CLIENT_BUDGETS = { RATE_LIMIT_REQUESTS: '1000000', WS_MAX_SOCKETS_PER_ADDRESS: '1000000' } as const;

/** LOOPBACK_CLIENT_BUDGETS, except those the environment sets itself. */
export function loopbackClientBudgets(environment: NodeJS.ProcessEnv): Partial<typeof LOOPBACK_CLIENT_BUDGETS> {
  return Object.fromEntries(Object.entries(LOOPBACK_CLIENT_BUDGETS).filter(([name]) => environment[name] === undefined));
}
