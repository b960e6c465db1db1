/** `npm run bench -- <name>`: runs one benchmark (default `overhead`). */
const BENCHMARKS: Record<string, () => Promise<unknown>> = {
  overhead: () => import('./overhead.js'),
  fanout: () => import('./fanout/fanout.js'),
};

const name = process.argv[2] ?? 'overhead';
const benchmark = BENCHMARKS[name];
if (!benchmark) {
  console.error(`unknown benchmark "${name}"; one of: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}
await benchmark();
