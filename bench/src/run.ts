/** `npm run bench -- <name>`: runs one benchmark by name (default `gateway`). */
const BENCHES: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  gateway: () => import('./gateway-overhead.js'),
  hostile: () => import('./hostile/run-hostile.js'),
};

const name = process.argv[2] ?? 'gateway';
const bench = BENCHES[name];
if (!bench) {
  console.error(`Unknown benchmark "${name}"; one of: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
await (await bench()).run();
