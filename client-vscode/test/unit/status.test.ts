import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statusView } from '../../src/status';

test('each server state has its own status bar text', () => {
  const texts = (['starting', 'running', 'stopped', 'failed'] as const).map((s) => statusView(s).text);
  assert.equal(new Set(texts).size, 4);
  assert.ok(texts.every((t) => t.endsWith('Listing')));
});

test('a failure is shown as an error with its reason', () => {
  const view = statusView('failed', 'spawn EACCES');
  assert.equal(view.isError, true);
  assert.match(view.tooltip, /spawn EACCES/);
  assert.equal(statusView('running').isError, false);
});
