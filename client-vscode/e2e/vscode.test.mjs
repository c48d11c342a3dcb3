// The extension as a user meets it: the VSIX installed into a real VS Code (code-server), a
// workspace of sample listings, and checks of what the UI shows. Run by e2e/run.sh.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VsCode } from './harness.mjs';

/** Diagnostics e2e/workspace/broken.listing is written to produce (its abstracts name them), as code@line. */
const brokenDiagnostics = [
  'LST002@5', 'LST003@8', 'LST004@11', 'LST005@2', 'LST012@9', 'LST013@6', 'LST014@9', 'LST020@12', 'LST021@14',
];
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
    await vs.runCommand('View: Focus Problems');
    const panel = vs.page.locator('.markers-panel');
    for (const code of new Set(brokenDiagnostics.map((d) => d.split('@')[0]))) {
      await panel.locator('.monaco-list-row', { hasText: code }).first().waitFor();
    }
    await vs.screenshot('problems-panel');
    // Maximised, the table renders every row; each reads "listing(LST002) <message> broken.listing [Ln 5, Col 3]".
    await vs.runCommand('View: Toggle Maximized Panel');
    await panel.locator('.monaco-list-row', { hasText: 'LST021' }).waitFor();
    const rows = await panel.locator('.monaco-list-row').allInnerTexts();
    const shown = rows.map((row) => `${row.match(/LST\d{3}/)?.[0]}@${row.match(/\[Ln (\d+)/)?.[1]}`).sort();
    assert.deepEqual(shown, [...brokenDiagnostics].sort());
    await vs.runCommand('View: Toggle Maximized Panel');
    await vs.runCommand('View: Hide Panel');
  });

  test('hovering a title shows the paper card', async () => {
    await vs.openFile('reading-group.listing');
    // A few characters into the line that starts with the title (the span may run on into the authors).
    await vs.editorLine('Sparse Lanterns').hover({ position: { x: 60, y: 8 } });
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
    // Give the outline the side bar: fold the folder view and widen the bar.
    await vs.page.locator('.pane-header', { hasText: 'workspace' }).first().click();
    await vs.widenSideBar(620);
    const outline = vs.page.locator('.outline-pane, [id="outline"]').first();
    for (const name of ['2024', '2023', ...labTitles]) {
      await vs.page.locator('.monaco-list-row .label-name', { hasText: name }).first().waitFor();
    }
    await vs.screenshot('outline');
    const names = await outline.locator('.monaco-list-row .label-name').allInnerTexts();
    assert.deepEqual(names, ['2024', labTitles[0], labTitles[1], '2023', labTitles[2]]);
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
