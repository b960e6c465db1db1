import { ConfigError } from '../../src/config/load-config.js';
import { loadSubgraphConfig } from '../../src/config/subgraph-config.js';

const env = { KAFKA_BROKERS: '127.0.0.1:9092' };
const SECRET = 's'.repeat(32);

describe('a subgraph in production', () => {
  it('refuses to start without SUBGRAPH_SHARED_SECRET, so nobody can call it directly', () => {
    const load = () => loadSubgraphConfig('events', 4002, { ...env, NODE_ENV: 'production' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/SUBGRAPH_SHARED_SECRET: required in production/);
  });

  it('starts with the secret, and without it outside production', () => {
    expect(loadSubgraphConfig('events', 4002, { ...env, NODE_ENV: 'production', SUBGRAPH_SHARED_SECRET: SECRET }).SUBGRAPH_SHARED_SECRET).toBe(SECRET);
    expect(loadSubgraphConfig('events', 4002, { ...env, NODE_ENV: 'development' }).SUBGRAPH_SHARED_SECRET).toBeUndefined();
  });
});

describe("a subgraph's outbox retention", () => {
  it('keeps published rows 7 days unless OUTBOX_RETENTION_HOURS says otherwise', () => {
    expect(loadSubgraphConfig('events', 4002, env).OUTBOX_RETENTION_HOURS).toBe(168);
    expect(loadSubgraphConfig('events', 4002, { ...env, OUTBOX_RETENTION_HOURS: '24' }).OUTBOX_RETENTION_HOURS).toBe(24);
  });

  it('refuses a retention that would delete rows at once or is not a number of hours', () => {
    for (const value of ['0', '-1', '1.5', 'forever', '8761']) {
      expect(() => loadSubgraphConfig('events', 4002, { ...env, OUTBOX_RETENTION_HOURS: value })).toThrow(/OUTBOX_RETENTION_HOURS/);
    }
  });
});

describe("a subgraph's inbox retention", () => {
  it('remembers applied facts 14 days, twice Kafka default retention, unless INBOX_RETENTION_HOURS says otherwise', () => {
    expect(loadSubgraphConfig('events', 4002, env).INBOX_RETENTION_HOURS).toBe(336);
    expect(loadSubgraphConfig('events', 4002, { ...env, INBOX_RETENTION_HOURS: '720' }).INBOX_RETENTION_HOURS).toBe(720);
    expect(() => loadSubgraphConfig('events', 4002, { ...env, INBOX_RETENTION_HOURS: '0' })).toThrow(/INBOX_RETENTION_HOURS/);
  });
});
