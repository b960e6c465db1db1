import { DEMO_ACCOUNTS, seedDemo } from './demo-seed.js';
import { loopbackClientBudgets } from './loopback-client-budgets.js';
import { prettyLogLine } from './log-format.js';
import { SUBGRAPHS } from './services.js';
import { startStack } from './stack.js';

/**
 * `npm run dev`: the whole supergraph on ports 4000-4006 with demo data, logs prefixed per
 * service; Ctrl-C stops every process cleanly.
 */
const adminEmail = process.env.ADMIN_EMAIL ?? 'admin@boxoffice.dev';
const adminPassword = process.env.ADMIN_PASSWORD ?? 'admin-pass';
const format = prettyLogLine(['gateway', ...SUBGRAPHS, 'dev']);
const say = (line: string) => console.log(format('dev', line));

const stack = await startStack({
  portBase: Number(process.env.PORT_BASE ?? 4000),
  databasePrefix: process.env.DATABASE_NAME_PREFIX ?? 'boxoffice',
  adminEmail,
  adminPassword,
  log: (service, line) => console.log(format(service, line)),
  env: loopbackClientBudgets(process.env),
  restartCrashed: true,
}).catch((error: Error) => {
  say(`could not start the stack: ${error.message}`);
  say('Postgres (127.0.0.1:5432) and Redis (127.0.0.1:6379) must be running; see README.md.');
  process.exit(1);
});

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

const demo = await seedDemo(stack.gatewayUrl);
say(`Kafka brokers: ${stack.kafkaBrokers.join(',')}`);
say('Demo accounts:');
say(`  ADMIN      ${adminEmail} / ${adminPassword}`);
for (const account of DEMO_ACCOUNTS) say(`  ${account.role.padEnd(10)} ${account.email} / ${account.password}`);
say(`Published demo event: "${demo.eventTitle}" (${demo.eventId}), promo code ${demo.promoCode}`);
say(stack.mailboxUrl ? `Mails sent (embedded SMTP sink): ${stack.mailboxUrl}/messages` : `Mails go to SMTP_URL (${process.env.SMTP_URL})`);
say(`Web app: ${new URL('/app/', stack.gatewayUrl).href}`);
say(`Apollo Sandbox and GraphQL endpoint: ${stack.gatewayUrl} (Ctrl-C to stop)`);
