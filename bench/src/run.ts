/** `npm run bench -- <name>`: runs one benchmark (default `overhead`). */
const BENCHMARKS: Record<string, () => Promise<unknown>> = {
  overhead: () => import('./overhead.js'),
  'hot-drop': () => import('./hot-drop/main.js'),
};

const name = process.argv[2] ?? 'overhead';
const run = BENCHMARKS[name];
if (!run) {
  console.error(`unknown benchmark "${name}"; one of: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}
await run();
