import { ConfigError } from '@boxoffice/platform';
import { loadGatewayConfig } from '../../src/config.js';

const env = { KAFKA_BROKERS: '127.0.0.1:9092' };

describe('the gateway in production', () => {
  it('refuses to start without SUBGRAPH_SHARED_SECRET, so its subgraph requests can be told from anyone else’s', () => {
    const load = () => loadGatewayConfig({ ...env, NODE_ENV: 'production' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/SUBGRAPH_SHARED_SECRET: required in production/);
  });

  it('starts with the secret, and without it outside production', () => {
    const secret = 's'.repeat(32);
    expect(loadGatewayConfig({ ...env, NODE_ENV: 'production', SUBGRAPH_SHARED_SECRET: secret }).SUBGRAPH_SHARED_SECRET).toBe(secret);
    expect(loadGatewayConfig({ ...env, NODE_ENV: 'development' }).SUBGRAPH_SHARED_SECRET).toBeUndefined();
  });
});
