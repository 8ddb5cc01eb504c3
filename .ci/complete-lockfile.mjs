// Adds lockfile entries for optional platform packages that npm left out.
//
// Why: the package registry reachable here serves only some platforms' binaries
// (e.g. @pagefind/linux-x64 but not @pagefind/darwin-arm64). `npm install` then
// silently omits the others from package-lock.json, and `npm ci` refuses the
// lock as "out of sync". Entries with the platform's os/cpu let `npm ci` accept
// the lock and skip those packages on Linux, while a machine of that platform
// still installs them by name and version. Run after every `npm install`:
//   node .ci/complete-lockfile.mjs        (or --check to only report)
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORM = [
  [/android-arm64/, { os: ['android'], cpu: ['arm64'] }],
  [/darwin-arm64/, { os: ['darwin'], cpu: ['arm64'] }],
  [/darwin-x64/, { os: ['darwin'], cpu: ['x64'] }],
  [/freebsd-x64/, { os: ['freebsd'], cpu: ['x64'] }],
  [/linux-arm64-musl/, { os: ['linux'], cpu: ['arm64'], libc: ['musl'] }],
  [/linux-arm64(-gnu)?$/, { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] }],
  [/linux-x64-musl/, { os: ['linux'], cpu: ['x64'], libc: ['musl'] }],
  [/linux-arm-gnueabihf/, { os: ['linux'], cpu: ['arm'] }],
  [/wasm32-wasi/, { cpu: ['wasm32'] }],
  [/(win32|windows)-arm64(-msvc)?$/, { os: ['win32'], cpu: ['arm64'] }],
  [/(win32|windows)-ia32(-msvc)?$/, { os: ['win32'], cpu: ['ia32'] }],
  [/(win32|windows)-x64(-msvc)?$/, { os: ['win32'], cpu: ['x64'] }],
];

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const added = [];
for (const [key, pkg] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const where = `node_modules/${name}`;
    if (lock.packages[where] || lock.packages[`${key}/${where}`]) continue;
    const platform = PLATFORM.find(([pattern]) => pattern.test(name))?.[1];
    if (!platform) throw new Error(`${name} is missing from the lock and its platform is unknown: add a pattern.`);
    lock.packages[where] = { version, optional: true, ...platform };
    added.push(`${name}@${version}`);
  }
}
if (process.argv.includes('--check')) {
  if (added.length) {
    console.error(`package-lock.json lacks ${added.length} optional platform entries (npm ci will fail): run node .ci/complete-lockfile.mjs`);
    process.exit(1);
  }
} else {
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(added.length ? `Added ${added.length} entries: ${added.join(', ')}` : 'Lock already complete.');
}
