import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveServerCommand, ResolveInput } from '../../src/serverPath';

function input(files: string[], overrides: Partial<ResolveInput> = {}): ResolveInput {
  return {
    configuredPath: '',
    extensionPath: '/ext',
    workspaceFolder: '/work/papers',
    platform: 'linux',
    homeDir: '/home/ada',
    isFile: (p) => files.includes(p),
    which: () => undefined,
    ...overrides,
  };
}

test('the bundled server is started with the lsp command', () => {
  assert.deepEqual(resolveServerCommand(input(['/ext/server/listing'])), {
    command: '/ext/server/listing',
    args: ['lsp'],
    source: 'bundled',
  });
});

test('listing.server.path wins over the bundled server', () => {
  const cmd = resolveServerCommand(input(['/ext/server/listing', '/opt/dev/listing'], { configuredPath: '/opt/dev/listing' }));
  assert.equal(cmd.command, '/opt/dev/listing');
  assert.equal(cmd.source, 'setting');
});

test('a relative listing.server.path is resolved against the workspace folder', () => {
  const cmd = resolveServerCommand(input(['/work/papers/bin/listing'], { configuredPath: 'bin/listing' }));
  assert.equal(cmd.command, '/work/papers/bin/listing');
});

test('a ~ in listing.server.path means the home folder', () => {
  const cmd = resolveServerCommand(input(['/home/ada/.dotnet/tools/listing'], { configuredPath: '~/.dotnet/tools/listing' }));
  assert.equal(cmd.command, '/home/ada/.dotnet/tools/listing');
});

test('a configured path that is not a file is reported, not silently replaced by the bundled server', () => {
  assert.throws(
    () => resolveServerCommand(input(['/ext/server/listing'], { configuredPath: '/nowhere/listing' })),
    /listing\.server\.path points to "\/nowhere\/listing"/,
  );
});

test('without a bundled server, listing on PATH is used', () => {
  const cmd = resolveServerCommand(input([], { which: (name) => (name === 'listing' ? '/usr/local/bin/listing' : undefined) }));
  assert.deepEqual(cmd, { command: '/usr/local/bin/listing', args: ['lsp'], source: 'path' });
});

test('on Windows the executable is listing.exe', () => {
  const cmd = resolveServerCommand(input(['C:/ext/server/listing.exe'], { platform: 'win32', extensionPath: 'C:/ext' }));
  assert.match(cmd.command, /listing\.exe$/);
});

test('no server anywhere gives a message that names the setting', () => {
  assert.throws(() => resolveServerCommand(input([])), /Set listing\.server\.path/);
});
