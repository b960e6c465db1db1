import { context, propagation, ROOT_CONTEXT, trace, type Context } from '@opentelemetry/api';

/** The W3C trace context (`traceparent`, `tracestate`) of the active span, to store with a fact; undefined when none is recording. */
export function activeTraceContext(): Record<string, string> | undefined {
  if (!trace.getActiveSpan()) return undefined;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return Object.keys(carrier).length > 0 ? carrier : undefined;
}

/** The context a stored trace context continues (none stored: the root). */
export const continuedContext = (carrier: Record<string, string> | null | undefined): Context =>
  carrier ? propagation.extract(ROOT_CONTEXT, carrier) : ROOT_CONTEXT;

/** The active trace id for log lines; undefined outside a span. */
export function activeTraceIds(): { trace_id: string; span_id: string } | undefined {
  const span = trace.getActiveSpan()?.spanContext();
  return span && trace.isSpanContextValid(span) ? { trace_id: span.traceId, span_id: span.spanId } : undefined;
}

/** `headers` plus the active trace context, for a request the HTTP instrumentation does not see (undici). */
export const withActiveTraceContext = (headers: Record<string, string>): Record<string, string> => {
  const traceContext = activeTraceContext();
  return traceContext ? { ...headers, ...traceContext } : headers;
};
