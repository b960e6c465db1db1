import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout; `npm run dev` formats them into readable, prefixed lines. */
export function createLogger(name: string, level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name, level, base: { service: name }, redact: ['req.headers.authorization', '*.password'] });
}
