import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { KafkaJsInstrumentation } from '@opentelemetry/instrumentation-kafkajs';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler, TracerProvider, type Sampler } from '@opentelemetry/sdk-trace';
import { onTracingStop } from './tracing-shutdown.js';

/**
 * Starts OpenTelemetry tracing: spans of HTTP, Express, GraphQL, pg, ioredis and kafkajs,
 * batched (every `OTEL_BSP_SCHEDULE_DELAY` ms, default 5000) and exported over OTLP/HTTP to
 * `OTEL_EXPORTER_OTLP_ENDPOINT` (the exporter reads its `OTEL_EXPORTER_OTLP_*` variables), W3C trace context
 * propagated. Traces only: metrics are Prometheus' (`/metrics`), logs stdout's. The trace
 * pieces of the SDK alone, not `@opentelemetry/sdk-node`, which loads every exporter there is.
 */
export function startTracing(serviceName: string): void {
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    sampler: samplerOf(process.env),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter(), scheduledDelayMillis: exportDelayMs() })],
  });
  trace.setGlobalTracerProvider(provider);
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  registerInstrumentations({
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => req.url === '/metrics' || (req.url ?? '').startsWith('/health/') }),
      new ExpressInstrumentation(),
      // One span per resolver would dwarf everything else; the operation's parse, validate and execute remain.
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true }),
      // Background polls (outbox relay, sweeps) would each start a trace of their own.
      new PgInstrumentation({ requireParentSpan: true }),
      new IORedisInstrumentation({ requireParentSpan: true }),
      new KafkaJsInstrumentation(),
    ],
  });
  onTracingStop(() => provider.shutdown());
}

function exportDelayMs(): number | undefined {
  const delay = Number(process.env.OTEL_BSP_SCHEDULE_DELAY);
  return Number.isInteger(delay) && delay > 0 ? delay : undefined;
}

/**
 * `OTEL_TRACES_SAMPLER=parentbased_traceidratio` with `OTEL_TRACES_SAMPLER_ARG` (0 to 1): that share
 * of new traces is recorded, and a request whose caller sent a sampled `traceparent` always is.
 * Otherwise every trace is (the SDK's default).
 */
function samplerOf(env: NodeJS.ProcessEnv): Sampler | undefined {
  if (env.OTEL_TRACES_SAMPLER !== 'parentbased_traceidratio') return undefined;
  const ratio = Number(env.OTEL_TRACES_SAMPLER_ARG ?? 1);
  return new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio >= 0 && ratio <= 1 ? ratio : 1) });
}
