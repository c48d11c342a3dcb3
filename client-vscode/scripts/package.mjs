// One command from source to VSIX: publish the server for the target platform into server/,
// bundle the extension, and write exactly one listing-<version>-<target>.vsix here.
//   node scripts/package.mjs [--target linux-x64]      (npm run package -- --target darwin-arm64)
// NativeAOT first; if it fails, a ReadyToRun single-file build, with the reason printed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const targetArg = process.argv.indexOf('--target');
const target = targetArg >= 0 ? process.argv[targetArg + 1] : 'linux-x64';

// VS Code's platform targets and the matching .NET runtime identifiers.
const rids = {
  'linux-x64': 'linux-x64', 'linux-arm64': 'linux-arm64', 'alpine-x64': 'linux-musl-x64', 'alpine-arm64': 'linux-musl-arm64',
  'darwin-x64': 'osx-x64', 'darwin-arm64': 'osx-arm64', 'win32-x64': 'win-x64', 'win32-arm64': 'win-arm64',
};
const rid = rids[target];
if (!rid) {
  console.error(`unknown target ${target}; one of ${Object.keys(rids).join(', ')}`);
  process.exit(2);
}

function run(cmd, args, opts = {}) {
  console.log(`> ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: opts.capture ? 'pipe' : 'inherit', shell: process.platform === 'win32' });
  if (opts.capture) process.stdout.write(r.stdout ?? '');
  return r;
}

const started = Date.now();
const serverDir = join(root, 'server');
const project = join(root, '..', 'src', 'ListingLsp.Cli');
const artifacts = process.env.LISTING_ARTIFACTS_PATH ?? join(tmpdir(), 'listing-vsix-artifacts');
const publish = (extra) =>
  run('dotnet', ['publish', project, '-c', 'Release', '-r', rid, '-o', serverDir, '--artifacts-path', artifacts, '--nologo', ...extra], { capture: true });

rmSync(serverDir, { recursive: true, force: true });
let kind = 'NativeAOT';
let r = publish(['-p:PublishAot=true']);
if (r.status !== 0) {
  const errors = [...new Set(`${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /error|warning IL|AOT/i.test(l)))];
  // Compiler and analyzer errors are the code's, not AOT's: no fallback would fix them.
  if (errors.some((l) => /error (CS|IDE|CA)\d+/.test(l))) {
    console.error('\nThe server does not compile; fix these first:\n' + errors.slice(0, 20).join('\n'));
    process.exit(1);
  }
  console.warn(`\nNativeAOT publish failed (exit ${r.status}); falling back to ReadyToRun single-file. Why:\n${errors.slice(0, 20).join('\n')}\n`);
  rmSync(serverDir, { recursive: true, force: true });
  kind = 'ReadyToRun single-file';
  r = publish(['-p:PublishAot=false', '-p:PublishReadyToRun=true', '-p:PublishSingleFile=true', '--self-contained', '-p:IncludeNativeLibrariesForSelfExtract=true']);
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(r.status ?? 1);
  }
}
const exe = join(serverDir, rid.startsWith('win') ? 'listing.exe' : 'listing');
if (!existsSync(exe)) {
  console.error(`publish wrote no ${exe}`);
  process.exit(1);
}
console.log(`server: ${kind}, ${(statSync(exe).size / 1e6).toFixed(1)} MB`);

if (run('node', ['scripts/build.mjs', '--minify']).status !== 0) process.exit(1);

for (const f of readdirSync(root)) if (f.endsWith('.vsix')) rmSync(join(root, f));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const vsix = `listing-${version}-${target}.vsix`;
mkdirSync(root, { recursive: true });
const vsce = run(join(root, 'node_modules', '.bin', 'vsce'), ['package', '--target', target, '--skip-license', '--allow-missing-repository', '--no-dependencies', '-o', vsix]);
if (vsce.status !== 0) process.exit(vsce.status ?? 1);
console.log(`wrote ${vsix} (${(statSync(join(root, vsix)).size / 1e6).toFixed(1)} MB, server ${kind}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
