/**
 * Where the stack under test listens. Jest's global setup starts the stack and exports these
 * variables; test files (in worker processes) read them here.
 */
export function stackUrls() {
  const gateway = process.env.BOXOFFICE_TEST_GATEWAY_URL;
  if (!gateway) throw new Error('BOXOFFICE_TEST_GATEWAY_URL is not set: run the tests through jest (npm test)');
  const origin = (name: string) => process.env[`BOXOFFICE_TEST_${name.toUpperCase()}_ORIGIN`]!;
  return {
    gateway,
    subgraphs: {
      users: origin('users'),
      venues: origin('venues'),
      events: origin('events'),
      bookings: origin('bookings'),
      payments: origin('payments'),
      notifications: origin('notifications'),
      program: origin('program'),
    },
    /** The embedded mail sink's HTTP endpoint (`/messages`, `/outages/<domain>`). */
    mailbox: process.env.BOXOFFICE_TEST_MAILBOX_URL!,
    /** The in-memory OTLP receiver every service exports spans to (`GET /traces/<trace id>`). */
    traces: process.env.BOXOFFICE_TEST_TRACES_URL!,
    adminEmail: process.env.BOXOFFICE_TEST_ADMIN_EMAIL!,
    adminPassword: process.env.BOXOFFICE_TEST_ADMIN_PASSWORD!,
    databaseUrl: process.env.BOXOFFICE_TEST_DATABASE_URL!,
    /** The users subgraph's private signing keys (JSON JWK array), for minting edge-case tokens. */
    signingKeys: process.env.BOXOFFICE_TEST_JWT_PRIVATE_KEYS!,
    /** The secret the gateway signs subgraph requests with, for calling a subgraph as the gateway. */
    subgraphSecret: process.env.BOXOFFICE_TEST_SUBGRAPH_SECRET!,
  };
}
