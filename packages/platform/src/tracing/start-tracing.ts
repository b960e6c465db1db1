import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { KafkaJsInstrumentation } from '@opentelemetry/instrumentation-kafkajs';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { onTracingStop } from './tracing-shutdown.js';

/**
 * Starts the OpenTelemetry SDK: spans of HTTP, Express, GraphQL, pg, ioredis and kafkajs,
 * exported over OTLP/HTTP to `OTEL_EXPORTER_OTLP_ENDPOINT` (the exporter reads it and the other
 * `OTEL_*` variables itself). Traces only: metrics are Prometheus' (`/metrics`), logs stdout's.
 */
export function startTracing(serviceName: string): void {
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  const sdk = new NodeSDK({
    serviceName,
    traceExporter: new OTLPTraceExporter(),
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
  sdk.start();
  onTracingStop(() => sdk.shutdown());
}

