/** `npm run bench -- <name>`: runs one benchmark of this folder by name. */
const BENCHMARKS: Record<string, () => Promise<unknown>> = {
  overhead: () => import('./overhead.js'),
  gateways: () => import('./gateways.js'),
  fanout: () => import('./fanout/fanout.js'),
  'hot-drop': () => import('./hot-drop/main.js'),
  hostile: async () => (await import('./hostile/run-hostile.js')).run(),
  soak: () => import('./soak/main.js'),
};

const name = process.argv[2] ?? 'overhead';
const load = BENCHMARKS[name];
if (!load) {
  console.error(`unknown benchmark "${name}"; one of: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}
await load();
