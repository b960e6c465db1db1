import { z } from 'zod';

export class ConfigError extends Error {}

/**
 * Parses the environment with a zod schema; on failure throws one readable message naming
 * every offending variable, so a misconfigured process stops at start-up, not mid-request.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

const commaList = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));

/** Variables every boxoffice process reads. */
export const commonEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  KAFKA_BROKERS: commaList.pipe(z.array(z.string().regex(/^[^:]+:\d+$/, 'host:port expected')).min(1)),
  /** A consumer group rebalances within this when a member joins or leaves. */
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(4_000).default(10_000),
  JWT_ISSUER: z.string().min(1).default('boxoffice'),
  JWT_AUDIENCE: z.string().min(1).default('boxoffice-api'),
  JWKS_URL: z.url().default('http://127.0.0.1:4001/.well-known/jwks.json'),
  /** The gateway signs every subgraph request with it; subgraphs refuse the rest. Required in production. */
  SUBGRAPH_SHARED_SECRET: z.string().min(32, 'at least 32 characters').optional(),
});
export type CommonConfig = z.infer<typeof commonEnv>;

/** Stops a production process that would let anyone call the subgraphs directly. */
export function requireSharedSecretInProduction(config: CommonConfig): void {
  if (config.NODE_ENV === 'production' && !config.SUBGRAPH_SHARED_SECRET) {
    throw new ConfigError('Invalid configuration:\n  SUBGRAPH_SHARED_SECRET: required in production');
  }
}
