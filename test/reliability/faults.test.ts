import { startFaultStack, type FaultStack } from '../support/fault-stack.js';
import { kafkaOutage } from './scenarios/kafka-outage.js';
import { postgresRestart } from './scenarios/postgres-restart.js';
import { redisOutage } from './scenarios/redis-outage.js';
import { slowPaymentProvider } from './scenarios/slow-payment-provider.js';
import { soak } from './scenarios/soak.js';
import { subgraphCrash } from './scenarios/subgraph-crash.js';

/**
 * Issue 11's faults, short versions, one after another on one private stack (ports from
 * TEST_PORT_BASE + 100, its own databases and embedded broker), so the shared stack other files
 * use meanwhile is never disturbed and the stack starts once. Each scenario leaves it whole.
 */
let faults: FaultStack;

beforeAll(async () => {
  faults = await startFaultStack(100);
}, 240_000);

afterAll(() => faults?.stop(), 60_000);

const stack = () => faults;

describe('a soak of mixed traffic', () => soak(stack));
describe('a subgraph killed and restarted', () => subgraphCrash(stack));
describe('a slow payment provider', () => slowPaymentProvider(stack));
describe('Postgres restarted', () => postgresRestart(stack));
describe('Redis down', () => redisOutage(stack));
describe('Kafka down', () => kafkaOutage(stack));
