import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PLATFORM = fileURLToPath(new URL('..', import.meta.url));
const { OTEL_EXPORTER_OTLP_ENDPOINT: _inherited, ...ENV } = process.env;

/** The tracer provider a process started with the tracing preload (`--import @boxoffice/platform/tracing`) ends up with. */
async function tracerProviderWith(endpoint: string | undefined): Promise<string> {
  const probe = "import { trace } from '@opentelemetry/api'; console.log(trace.getTracerProvider().getDelegate().constructor.name);";
  const env = endpoint === undefined ? ENV : { ...ENV, OTEL_EXPORTER_OTLP_ENDPOINT: endpoint };
  const { stdout } = await run(process.execPath, ['--import', '@boxoffice/platform/tracing', '--input-type=module', '-e', probe], { cwd: PLATFORM, env });
  return stdout.trim();
}

describe('the tracing preload (register.ts)', () => {
  it.each([
    ['unset', undefined],
    ['empty, as docker-compose.yml passes it by default', ''],
    ['blank', '  '],
  ])('starts nothing when OTEL_EXPORTER_OTLP_ENDPOINT is %s', async (_case, endpoint) => {
    expect(await tracerProviderWith(endpoint)).toBe('NoopTracerProvider');
  });

  it('starts the SDK when OTEL_EXPORTER_OTLP_ENDPOINT is set', async () => {
    expect(await tracerProviderWith('http://127.0.0.1:4318')).toMatch(/^TracerProvider/);
  });
});
