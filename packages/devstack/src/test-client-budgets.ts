/**
 * The gateway's per-address budgets on every test stack and gateway replica: every test calls
 * from 127.0.0.1, so they are raised; the limits themselves are tested on replicas with small ones.
 */
export const TEST_CLIENT_BUDGETS = { RATE_LIMIT_REQUESTS: '1000000', WS_MAX_SOCKETS_PER_ADDRESS: '10000' } as const;
