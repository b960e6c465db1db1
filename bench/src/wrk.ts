import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface WrkResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Socket errors (connect, read, write, timeout), non-200 answers and 200s carrying GraphQL errors. */
  errors: number;
}

const RESULT_MARK = 'WRKRESULT ';

/**
 * A wrk script that posts one of `bodies` (drawn at random per request), counts non-200 answers
 * and answers with GraphQL errors, and prints one JSON line at the end.
 */
function script(bodies: string[]): string {
  const literals = bodies.map((body) => `[==[${body}]==]`).join(',\n');
  return `
local bodies = {${literals}}
local threads = {}
local headers = { ["content-type"] = "application/json" }
function setup(thread) table.insert(threads, thread); thread:set("seed", #threads) end
function init(args) math.randomseed(os.time() * 97 + seed); bad = 0 end
function request() return wrk.format("POST", nil, headers, bodies[math.random(#bodies)]) end
function response(status, hdrs, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then bad = bad + 1 end
end
function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + t:get("bad") end
  local e = summary.errors
  io.write(string.format('${RESULT_MARK}{"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"errors":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout + bad))
end
`;
}

/** Writes the wrk script for a load once; `runWrk` takes its path. */
export function writeWrkScript(directory: string, name: string, bodies: string[]): string {
  const path = join(directory, `${name}.lua`);
  writeFileSync(path, script(bodies));
  return path;
}

/** Runs wrk (its own process, 2 threads) against `url` with the given script. */
export async function runWrk(url: string, scriptPath: string, connections: number, seconds: number): Promise<WrkResult> {
  const { stdout } = await promisify(execFile)('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', scriptPath, url]);
  const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARK));
  if (!line) throw new Error(`wrk printed no result:\n${stdout}`);
  const raw = JSON.parse(line.slice(RESULT_MARK.length)) as { requests: number; durationUs: number; p50Us: number; p99Us: number; errors: number };
  const secondsTaken = raw.durationUs / 1e6;
  return {
    requests: raw.requests,
    seconds: secondsTaken,
    requestsPerSecond: raw.requests / secondsTaken,
    p50Ms: raw.p50Us / 1000,
    p99Ms: raw.p99Us / 1000,
    errors: raw.errors,
  };
}
