import { context, trace, type SpanContext } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { TracerProvider } from '@opentelemetry/sdk-trace';
import { createLogger } from '../../src/logging/logger.js';

/** What the platform's logger wrote, one parsed JSON object per line. */
function capturedLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger('trace-ids-test', 'info', { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

const idsOf = (line: Record<string, unknown>) => ({ msg: line.msg, trace_id: line.trace_id, span_id: line.span_id });

describe('log lines and the active span', () => {
  const provider = new TracerProvider();
  const tracer = provider.getTracer('trace-ids-test');

  beforeAll(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    trace.setGlobalTracerProvider(provider);
  });

  afterAll(async () => {
    trace.disable();
    context.disable();
    await provider.shutdown();
  });

  it("a line written inside a span carries that span's trace id and span id, across awaits and in a child span", async () => {
    const { logger, lines } = capturedLogger();
    const [outer, inner] = await tracer.startActiveSpan('outer', async (span): Promise<[SpanContext, SpanContext]> => {
      logger.info('in the span');
      await new Promise((resolve) => setImmediate(resolve));
      logger.info('after an await');
      const child = tracer.startActiveSpan('inner', (innerSpan) => {
        logger.info('in the child span');
        innerSpan.end();
        return innerSpan.spanContext();
      });
      span.end();
      return [span.spanContext(), child];
    });

    expect(inner.traceId).toBe(outer.traceId);
    expect(lines.map(idsOf)).toEqual([
      { msg: 'in the span', trace_id: outer.traceId, span_id: outer.spanId },
      { msg: 'after an await', trace_id: outer.traceId, span_id: outer.spanId },
      { msg: 'in the child span', trace_id: outer.traceId, span_id: inner.spanId },
    ]);
  });

  it('a line written outside any span carries neither', () => {
    const { logger, lines } = capturedLogger();
    logger.info('no span');
    expect(lines.map(idsOf)).toEqual([{ msg: 'no span', trace_id: undefined, span_id: undefined }]);
  });
});
