import { chooseTestServices, type TestServices } from './choose.js';
import { startTestContainers } from './containers.js';
import { answers, dockerEndpoint, tcpTargetOf } from './reachability.js';

export * from './choose.js';
export * from './reachability.js';

export interface PreparedTestServices {
  choice: TestServices;
  /** What to add to the environment of the suite and the stack (none for local services). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Asks whether the local Postgres and Redis (`databaseUrl`, `redisUrl`) and a Docker engine
 * answer, picks with chooseTestServices, and starts the containers if that is the choice.
 */
export async function prepareTestServices(options: { databaseUrl: string; redisUrl: string; kafkaPort: number; env?: NodeJS.ProcessEnv }): Promise<PreparedTestServices> {
  const env = options.env ?? process.env;
  const docker = dockerEndpoint(env);
  const [postgres, redis, dockerAnswers] = await Promise.all([
    answers(tcpTargetOf(options.databaseUrl, 5432)),
    answers(tcpTargetOf(options.redisUrl, 6379)),
    docker ? answers(docker) : Promise.resolve(false),
  ]);
  const choice = chooseTestServices({ forced: env.TEST_SERVICES, postgres, redis, docker: dockerAnswers });
  if (choice === 'local') return { choice, env: {}, stop: async () => undefined };
  const containers = await startTestContainers(options.kafkaPort);
  return { choice, env: containers.env, stop: containers.stop };
}
