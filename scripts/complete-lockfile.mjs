// The registry this project installs from serves only linux-x64 builds of native packages, so
// npm leaves the other platforms' optional packages (e.g. @swc/core-darwin-arm64) out of
// package-lock.json, and `npm ci` then refuses the lockfile as out of sync. This adds each
// missing optional package with its os/cpu/libc, which npm uses to skip it on other machines.
// Runs after every `npm install`; changes nothing when the lockfile is complete.
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORM = /-(darwin|linux|win32|android|freebsd|openharmony|wasm32)(?:-([a-z0-9]+))?(?:-(gnu|musl|gnueabihf|musleabihf|msvc|eabi))?$/;
const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const added = [];
for (const meta of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const match = PLATFORM.exec(name);
    if (lock.packages[key] || !match) continue;
    const [, os, cpu, abi] = match;
    const entry = os === 'wasm32' ? { version, cpu: ['wasm32'], optional: true } : { version, cpu: [cpu], optional: true, os: [os] };
    if (abi?.startsWith('gnu')) entry.libc = ['glibc'];
    if (abi?.startsWith('musl')) entry.libc = ['musl'];
    lock.packages[key] = entry;
    added.push(name);
  }
}
if (added.length > 0) {
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`package-lock.json: recorded ${added.length} optional packages of other platforms`);
}
