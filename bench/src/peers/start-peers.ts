import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PeerProcess } from './peer-process.js';

const require = createRequire(import.meta.url);

/** Environment for a peer: no Hive or Apollo credentials, so nothing reports anywhere. */
function quietEnv(port: number, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(HIVE_|APOLLO_)/.test(key)));
  return { ...env, NODE_ENV: 'production', PORT: String(port), ...extra };
}

/** Default-config @apollo/gateway on `port`, over `supergraphPath`. */
export function startApolloDefault(port: number, supergraphPath: string, logDirectory: string): PeerProcess {
  const entry = fileURLToPath(new URL('./apollo-default-gateway.js', import.meta.url));
  return new PeerProcess('default @apollo/gateway', [entry], quietEnv(port, { SUPERGRAPH_PATH: supergraphPath }), join(logDirectory, 'apollo.log'));
}

/** Hive Gateway's CLI with its defaults on `port`, over `supergraphPath` (run in an empty folder: no config file). */
export function startHive(port: number, supergraphPath: string, logDirectory: string): PeerProcess {
  const bin = join(dirname(require.resolve('@graphql-hive/gateway')), 'bin.js');
  return new PeerProcess(
    'Hive Gateway',
    [bin, 'supergraph', supergraphPath, '--host', '127.0.0.1', '--port', String(port)],
    quietEnv(port),
    join(logDirectory, 'hive.log'),
    logDirectory,
  );
}
