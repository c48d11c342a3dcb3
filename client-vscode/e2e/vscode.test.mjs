// The extension as a user meets it: the VSIX installed into a real VS Code (code-server), a
// workspace of sample listings, and checks of what the UI shows. Run by e2e/run.sh.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VsCode } from './harness.mjs';

/** Diagnostics e2e/workspace/broken.listing is written to produce (one mistake per entry, see its comments). */
const brokenCodes = ['LST002', 'LST003', 'LST004', 'LST005', 'LST012', 'LST013', 'LST014', 'LST020', 'LST021'];
/** Every entry title of lab-publications.listing, in order. */
const labTitles = [
  'Mirrors in the Dark: Depth from Specular Highlights',
  'Counting Sheep, Counting Tokens: Budgeted Sampling for Language Models',
  'Glass Houses: Reflections on Transparent Objects',
];

describe('the Listing extension in VS Code', { concurrency: false }, () => {
  /** @type {VsCode} */
  let vs;
  before(async () => {
    vs = await VsCode.start();
  });
  after(async () => {
    await vs?.stop();
  });

  test('the Problems panel lists the diagnostics of a broken listing', async () => {
    await vs.openFile('broken.listing');
    await vs.page.keyboard.press('Control+Shift+M');
    const panel = vs.page.locator('.markers-panel');
    await panel.waitFor();
    for (const code of brokenCodes) {
      await panel.getByText(code, { exact: false }).first().waitFor();
    }
    const text = await panel.innerText();
    const shown = [...new Set(text.match(/LST\d{3}/g))].sort();
    assert.deepEqual(shown, brokenCodes);
    await vs.screenshot('problems-panel');
    await vs.page.keyboard.press('Control+Shift+M');
  });

  test('hovering a title shows the paper card', async () => {
    await vs.openFile('reading-group.listing');
    const title = vs.page.locator('.view-line span', { hasText: 'Sparse Lanterns' }).first();
    await title.hover();
    const hover = vs.page.locator('.monaco-hover:visible');
    await hover.getByText('Mira Okafor').first().waitFor();
    const card = await hover.innerText();
    assert.match(card, /Sparse Lanterns: Pruning Attention Heads at Scale/);
    assert.match(card, /tern-lab/);
    assert.match(card, /2024/);
    assert.match(card, /https:\/\/example\.org\/tern-lab\/lanterns/);
    await vs.screenshot('hover-card');
    await vs.page.keyboard.press('Escape');
  });

  test('the Outline view lists every entry under its section', async () => {
    await vs.openFile('lab-publications.listing');
    await vs.runCommand('Explorer: Focus on Outline View');
    const outline = vs.page.locator('.outline-pane, [id="outline"]').first();
    for (const name of ['2024', '2023', ...labTitles]) {
      await vs.page.locator('.monaco-list-row .label-name', { hasText: name }).first().waitFor();
    }
    await vs.screenshot('outline');
    assert.ok(await outline.count());
  });

  test('typing " · " in a byline offers org tags from the workspace', async () => {
    await vs.openFile('lab-publications.listing');
    const line = 12; // Glass Houses byline, which has no org part yet
    await vs.goToLineEnd(line);
    await vs.page.keyboard.type(' · ');
    const suggest = vs.page.locator('.suggest-widget.visible');
    try {
      await suggest.waitFor({ timeout: 5000 });
    } catch {
      await vs.page.keyboard.press('Control+Space'); // servers may not list " " as a trigger character
      await suggest.waitFor();
    }
    await suggest.locator('.monaco-list-row', { hasText: 'tern-lab' }).first().waitFor();
    const labels = await suggest.locator('.monaco-list-row .label-name').allInnerTexts();
    assert.ok(labels.includes('tern-lab'), `org tags offered: ${labels.join(', ')}`);
    assert.equal(labels[0], 'tern-lab', 'the most used tag comes first');
    await vs.screenshot('org-completion');
    await vs.page.keyboard.press('Escape');
  });

  test('Go to Symbol in Workspace finds a paper in another file', async () => {
    await vs.closeAllEditors();
    await vs.openFile('lab-publications.listing');
    await vs.page.keyboard.press('Control+T');
    const input = vs.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.pressSequentially('Whisper Tables');
    const row = vs.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Whisper Tables' }).first();
    await row.waitFor();
    assert.match(await row.innerText(), /reading-group\.listing/);
    await vs.screenshot('workspace-symbol');
    await vs.page.keyboard.press('Enter');
    await vs.page.locator('.tab.active', { hasText: 'reading-group.listing' }).waitFor();
  });
});
