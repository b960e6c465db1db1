import { pino, type DestinationStream, type Logger } from 'pino';
import { activeTraceIds } from '../tracing/trace-context.js';

export type { Logger };

/**
 * JSON logs on stdout (or `destination`); `npm run dev` formats them into readable, prefixed
 * lines. A line written inside a span carries its `trace_id` and `span_id`.
 */
export function createLogger(name: string, level: string = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  return pino({ name, level, base: { service: name }, redact: ['req.headers.authorization', '*.password'], mixin: () => activeTraceIds() ?? {} }, destination);
}
