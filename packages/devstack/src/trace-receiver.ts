import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One span as the tests need it. */
export interface ReceivedSpan {
  service: string;
  name: string;
  kind: number;
  spanId: string;
  parentSpanId?: string;
}

interface OtlpJson {
  resourceSpans?: Array<{
    resource?: { attributes?: Array<{ key: string; value?: { stringValue?: string } }> };
    scopeSpans?: Array<{ spans?: Array<{ traceId: string; spanId: string; parentSpanId?: string; name: string; kind: number }> }>;
  }>;
}

/** Traces kept at most; the oldest go first. A test run makes far fewer worth asking for. */
const MAX_TRACES = 20_000;

/**
 * An OTLP/HTTP (JSON) trace receiver on loopback that keeps spans in memory, for tests:
 * services export to `endpoint` (`OTEL_EXPORTER_OTLP_ENDPOINT`), tests read one trace with
 * `GET /traces/<trace id>` (an array of ReceivedSpan, empty when unknown).
 */
export async function startTraceReceiver(port: number): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const traces = new Map<string, ReceivedSpan[]>();
  const keep = (traceId: string, span: ReceivedSpan) => {
    const spans = traces.get(traceId);
    if (spans) return void spans.push(span);
    if (traces.size >= MAX_TRACES) traces.delete(traces.keys().next().value!);
    traces.set(traceId, [span]);
  };
  const server = createServer(async (req, res) => {
    if (req.method === 'POST' && req.url === '/v1/traces') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpJson;
        for (const { resource, scopeSpans } of body.resourceSpans ?? []) {
          const service = resource?.attributes?.find((attribute) => attribute.key === 'service.name')?.value?.stringValue ?? 'unknown';
          for (const { spans } of scopeSpans ?? []) {
            for (const span of spans ?? []) {
              keep(span.traceId, { service, name: span.name, kind: span.kind, spanId: span.spanId, parentSpanId: span.parentSpanId || undefined });
            }
          }
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      } catch {
        res.writeHead(400).end();
      }
      return;
    }
    const asked = /^\/traces\/([0-9a-f]{32})$/.exec(req.url ?? '');
    if (req.method === 'GET' && asked) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(traces.get(asked[1]!) ?? []));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${bound}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
