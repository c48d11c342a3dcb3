import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configurationFor, readServerSettings, SettingReader } from '../../src/settings';

const reader = (values: Record<string, unknown>): SettingReader => (key) => values[key];

test('defaults when nothing is set', () => {
  assert.deepEqual(readServerSettings(reader({})), {
    diagnostics: { severity: {} },
    orgs: { extra: [] },
    categories: { extra: {} },
    dates: { allowFuture: false },
    format: { blankLinesBetweenEntries: null },
    inlayHints: { enabled: true },
  });
});

test('severity overrides keep known levels, normalise case and drop the rest', () => {
  const s = readServerSettings(
    reader({ 'diagnostics.severity': { LST031: 'off', lst004: 'Error', LST005: 'loud', BOGUS: 'hint', LST015: 3 } }),
  );
  assert.deepEqual(s.diagnostics.severity, { LST031: 'off', LST004: 'error' });
});

test('extra org tags must be in tag form and are deduplicated', () => {
  const s = readServerSettings(reader({ 'orgs.extra': ['my-lab', ' tern-lab ', 'My Lab', 'my-lab', 7] }));
  assert.deepEqual(s.orgs.extra, ['my-lab', 'tern-lab']);
});

test('extra categories need a two-letter code and a name', () => {
  const s = readServerSettings(reader({ 'categories.extra': { QC: 'Quantum Computing', qx: 'lower', ZZ: '' } }));
  assert.deepEqual(s.categories.extra, { QC: 'Quantum Computing' });
});

test('booleans and the blank-line count are taken only when well-formed', () => {
  const s = readServerSettings(
    reader({ 'dates.allowFuture': true, 'inlayHints.enabled': false, 'format.blankLinesBetweenEntries': 1 }),
  );
  assert.equal(s.dates.allowFuture, true);
  assert.equal(s.inlayHints.enabled, false);
  assert.equal(s.format.blankLinesBetweenEntries, 1);
  assert.equal(readServerSettings(reader({ 'format.blankLinesBetweenEntries': 4 })).format.blankLinesBetweenEntries, null);
});

test('workspace/configuration answers the whole section or one part of it', () => {
  const get = reader({ 'orgs.extra': ['kestrel'], 'dates.allowFuture': true });
  assert.deepEqual((configurationFor('listing', get) as { orgs: unknown }).orgs, { extra: ['kestrel'] });
  assert.equal(configurationFor('listing.dates.allowFuture', get), true);
  assert.equal(configurationFor('listing.no.such', get), null);
  assert.equal(configurationFor('editor', get), undefined);
});
