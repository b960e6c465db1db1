import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, SUBGRAPHS } from '@boxoffice/devstack';
import { servableSupergraph } from '@boxoffice/gateway/servable-supergraph';
import { BENCH_PORT_BASE, withBenchStack } from './bench-stack.js';
import { seedCatalog } from './catalog-data.js';
import { identicalLoad, QUERIES, variedLoad, type Load } from './gateway-loads.js';
import { cpuSeconds, pidListeningOn } from './process-cpu.js';
import { startApolloDefault, startHive } from './peers/start-peers.js';
import type { PeerProcess } from './peers/peer-process.js';
import { runWrk, writeWrkScript, type WrkResult } from './wrk.js';

/**
 * `npm run bench -- gateways`: our gateway, a default-config @apollo/gateway and Hive Gateway,
 * each in its own process over the same supergraph file and the same running subgraphs, loaded
 * by wrk in interleaved rounds after checking that all three give identical answers.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

interface Gateway {
  name: string;
  url: string;
  pid: number;
}

interface Totals {
  requests: number;
  seconds: number;
  errors: number;
  gatewayCpu: number;
  subgraphCpu: number;
  p50s: number[];
  p99s: number[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function post(url: string, body: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  if (response.status !== 200 || json.errors) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json.errors)}`);
  return JSON.stringify(json.data);
}

/** Every gateway must give the same data for every body checked, or the comparison means nothing. */
async function checkIdenticalAnswers(gateways: Gateway[], bodies: string[]): Promise<void> {
  for (const body of bodies) {
    const answers = await Promise.all(gateways.map((gateway) => post(gateway.url, body)));
    const differing = gateways.filter((_, i) => answers[i] !== answers[0]);
    if (differing.length) throw new Error(`answers differ for ${body}:\n${gateways.map((g, i) => `${g.name}: ${answers[i]}`).join('\n')}`);
  }
}

function supergraphFor(origins: Record<string, string>, directory: string): string {
  // As our gateway loads it: @apollo/gateway refuses the access specs' `for: SECURITY` links.
  let sdl = servableSupergraph(readFileSync(join(REPO_ROOT, 'schema/supergraph.graphql'), 'utf8'));
  for (const name of SUBGRAPHS) sdl = sdl.replace(new RegExp(`(name: "${name}", url: ")[^"]+"`), `$1${origins[name]}/graphql"`);
  const path = join(directory, 'supergraph.graphql');
  writeFileSync(path, sdl);
  return path;
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

function report(title: string, gateways: Gateway[], totals: Totals[]): void {
  console.log(`\n${title}`);
  console.log(`${'gateway'.padEnd(26)}${pad('RPS', 8)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('errors', 8)}${pad('gw CPU ms/req', 15)}${pad('subgraphs CPU ms/req', 22)}`);
  totals.forEach((t, i) => {
    console.log(
      `${gateways[i]!.name.padEnd(26)}${pad((t.requests / t.seconds).toFixed(0), 8)}${pad(median(t.p50s).toFixed(1), 9)}${pad(median(t.p99s).toFixed(1), 9)}${pad(t.errors, 8)}` +
        `${pad(((t.gatewayCpu / t.requests) * 1000).toFixed(2), 15)}${pad(((t.subgraphCpu / t.requests) * 1000).toFixed(2), 22)}`,
    );
  });
  const rps = totals.map((t) => t.requests / t.seconds);
  const [ours, apollo, hive] = [0, 1, 2].map((i) => ({ rps: rps[i]!, p99: median(totals[i]!.p99s) }));
  console.log(
    `ratios: ours/Hive RPS ${(ours!.rps / hive!.rps).toFixed(2)}x (goal >= 1.00), ours/Hive p99 ${(ours!.p99 / hive!.p99).toFixed(2)}x (goal <= 1.00), ours/default-apollo RPS ${(ours!.rps / apollo!.rps).toFixed(2)}x (goal >= 2.00)`,
  );
}

// The peers cannot sign their subgraph requests, so every gateway here reaches unsigned subgraphs.
await withBenchStack({ RATE_LIMIT_REQUESTS: '1000000000' }, async (stack) => {
  const directory = mkdtempSync(join(tmpdir(), 'bench-gateways-'));
  const catalog = await seedCatalog(stack.gatewayUrl);
  const supergraphPath = supergraphFor(stack.origins, directory);
  const apolloPort = BENCH_PORT_BASE + 10;
  const hivePort = BENCH_PORT_BASE + 11;
  const peers: PeerProcess[] = [startApolloDefault(apolloPort, supergraphPath, directory), startHive(hivePort, supergraphPath, directory)];
  try {
    const urls = [stack.gatewayUrl, `http://127.0.0.1:${apolloPort}/graphql`, `http://127.0.0.1:${hivePort}/graphql`];
    await Promise.all(peers.map((peer, i) => peer.waitUntilReady(urls[i + 1]!)));
    const gateways: Gateway[] = [
      { name: 'ours', url: urls[0]!, pid: pidListeningOn(BENCH_PORT_BASE) },
      { name: 'default @apollo/gateway', url: urls[1]!, pid: peers[0]!.pid },
      { name: 'Hive Gateway', url: urls[2]!, pid: peers[1]!.pid },
    ];
    const subgraphPids = SUBGRAPHS.map((name) => pidListeningOn(Number(new URL(stack.origins[name]).port)));
    const subgraphCpu = () => subgraphPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);

    const loads: Array<{ title: string; load: Load; script: string }> = [];
    for (const query of QUERIES) {
      for (const load of [identicalLoad(query.fields), variedLoad(query.fields, catalog)]) {
        const title = `${query.name}, ${load.name} load`;
        loads.push({ title, load, script: writeWrkScript(directory, `${loads.length}`, load.bodies) });
      }
    }
    for (const { load } of loads) await checkIdenticalAnswers(gateways, load.bodies.slice(0, 25));
    console.log(`identical answers from all three gateways; ${ROUNDS} interleaved rounds of ${SECONDS} s per gateway and load, wrk -t2 -c${CONNECTIONS}`);

    for (const { script } of loads) for (const gateway of gateways) await runWrk(gateway.url, script, CONNECTIONS, 1);
    const totals = loads.map(() => gateways.map((): Totals => ({ requests: 0, seconds: 0, errors: 0, gatewayCpu: 0, subgraphCpu: 0, p50s: [], p99s: [] })));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [l, { script }] of loads.entries()) {
        // A different gateway goes first in each round, so none always meets a warmer or cooler machine.
        for (let k = 0; k < gateways.length; k += 1) {
          const g = (k + round) % gateways.length;
          const gateway = gateways[g]!;
          const [gw0, sg0] = [cpuSeconds(gateway.pid), subgraphCpu()];
          const result: WrkResult = await runWrk(gateway.url, script, CONNECTIONS, SECONDS);
          const t = totals[l]![g]!;
          t.gatewayCpu += cpuSeconds(gateway.pid) - gw0;
          t.subgraphCpu += subgraphCpu() - sg0;
          t.requests += result.requests;
          t.seconds += result.seconds;
          t.errors += result.errors;
          t.p50s.push(result.p50Ms);
          t.p99s.push(result.p99Ms);
        }
      }
    }
    loads.forEach(({ title }, l) => report(title, gateways, totals[l]!));
  } finally {
    await Promise.all(peers.map((peer) => peer.stop()));
  }
}, { signedSubgraphs: false });
