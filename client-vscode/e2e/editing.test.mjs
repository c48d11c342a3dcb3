// Editing through the UI: a quick fix, formatting a document, renaming an author across files.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VsCode } from './harness.mjs';

describe('editing listings in VS Code', { concurrency: false }, () => {
  /** @type {VsCode} */
  let vs;
  before(async () => {
    // Inlay hints (category names) would read as part of the line text checked here.
    vs = await VsCode.start({ settings: { 'editor.inlayHints.enabled': 'off' } });
  });
  after(async () => {
    await vs?.stop();
  });

  test('a quick fix rewrites a malformed date', async () => {
    await vs.openFile('broken.listing');
    await vs.goToLineEnd(5); // CLAug 08, 2025 (LST002)
    await vs.page.keyboard.press('Home');
    await vs.page.keyboard.press('Control+.');
    const fix = vs.page.locator('.action-widget .monaco-list-row', { hasText: 'Aug 8, 2025' }).first();
    await fix.waitFor();
    await vs.screenshot('quick-fix');
    await fix.click();
    await vs.editorLine('CLAug 8, 2025').waitFor();
    assert.equal(await vs.editorLine('Aug 08').count(), 0);
  });

  test('Format Document tidies separators, org tags and trailing space', async () => {
    await vs.openFile('untidy.listing');
    await vs.runCommand('Format Document');
    await vs.editorLine('Walking Robots on Thin IceNoor Haddad, Pia Lund et al. · tern-lab').waitFor();
    assert.equal(await vs.editorText(), [
      '# Left untidy on purpose: the end-to-end suite formats this file.',
      'ROMay 2, 2024',
      'Walking Robots on Thin IceNoor Haddad, Pia Lund et al. · tern-lab',
      'Slippery floors call for careful steps.',
    ].join('\n'));
  });

  test('renaming an author changes every listing of the workspace', async () => {
    await vs.closeAllEditors();
    await vs.openFile('reading-group.listing');
    await vs.selectText('Tomasz Wren');
    await vs.page.keyboard.press('F2');
    const input = vs.page.locator('.rename-box input, .rename-box textarea').first();
    await input.waitFor();
    await input.fill('Tomasz Wrenhale');
    await vs.page.keyboard.press('Enter');
    await vs.editorLine('Tomasz Wrenhale, Ines Duarte').waitFor();
    await vs.openFile('lab-publications.listing');
    await vs.editorLine('Mira Okafor, Tomasz Wrenhale').waitFor();
    assert.doesNotMatch(await vs.editorText(), /Tomasz Wren\b/);
  });
});
