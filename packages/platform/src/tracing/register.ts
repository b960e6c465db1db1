/**
 * Loaded with `node --import @boxoffice/platform/tracing <entry>`, before the service's own
 * modules: with `OTEL_EXPORTER_OTLP_ENDPOINT` set (not blank) it hooks module loading (ES modules
 * too) so the instrumentations can patch the libraries as they load, then starts the SDK; unset
 * or blank, it does nothing. The service is named by `OTEL_SERVICE_NAME`, else by its entry point
 * (`gateway/dist/index.js`: gateway, `subgraphs/<name>/dist/index.js`: <name>).
 */
import { register } from 'node:module';
import { register as registerInThread, supportsSyncHooks } from 'import-in-the-middle/register-hooks.mjs';

/**
 * The modules the instrumentations patch when loaded as ES modules. Wrapping every module would
 * slow each service's start-up several times over.
 */
const INSTRUMENTED = [/\/node_modules\/(graphql|express|pg|ioredis|kafkajs)\//, 'http', 'https', 'node:http', 'node:https'];

// Blank counts as unset: docker-compose.yml passes an empty value when tracing is off.
if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim()) {
  // In-thread hooks where Node has them (24.11.1+), else a loader thread with a round trip per module.
  if (supportsSyncHooks()) registerInThread({ include: INSTRUMENTED });
  else register('@opentelemetry/instrumentation/hook.mjs', import.meta.url, { data: { include: INSTRUMENTED } });
  const { startTracing } = await import('./start-tracing.js');
  const entry = /(?:^|\/)(?:subgraphs\/)?([\w-]+)\/dist\/index\.js$/.exec(process.argv[1] ?? '');
  startTracing(process.env.OTEL_SERVICE_NAME ?? entry?.[1] ?? 'boxoffice');
}
