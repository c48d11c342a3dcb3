// Runs the packaged extension in a real VS Code (code-server from npm) driven by Debian's Chromium
// through playwright-core. Every wait is on a selector or a condition, never a fixed sleep.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const e2eDir = dirname(fileURLToPath(import.meta.url));
export const artifactsDir = join(e2eDir, '.artifacts');
const clientDir = join(e2eDir, '..');
const codeServerEntry = join(e2eDir, '.tools', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const TIMEOUT = 60_000;

function findVsix() {
  const vsix = process.env.LISTING_VSIX ?? readdirSync(clientDir).filter((f) => f.endsWith('.vsix')).map((f) => join(clientDir, f))[0];
  if (!vsix) throw new Error('no .vsix in client-vscode/: run `npm run package` first');
  return vsix;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(condition, what, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A code-server with the VSIX installed, serving a fresh copy of e2e/workspace, and a browser page on it. */
export class VsCode {
  /** settings: extra VS Code user settings for this instance. */
  static async start({ waitForServer = true, settings = {} } = {}) {
    const vs = new VsCode();
    try {
      await vs.#start(waitForServer, settings);
    } catch (e) {
      if (vs.page) await vs.screenshot('start-failure').catch(() => {});
      await vs.stop();
      throw e;
    }
    return vs;
  }

  async #start(waitForServer, extraSettings) {
    mkdirSync(artifactsDir, { recursive: true });
    this.root = mkdtempSync(join(tmpdir(), 'listing-e2e-'));
    this.workspace = join(this.root, 'workspace');
    cpSync(join(e2eDir, 'workspace'), this.workspace, { recursive: true });
    const userData = join(this.root, 'user-data');
    const extensions = join(this.root, 'extensions');
    // LISTING_SERVER_PATH runs another server build (e.g. a debug one) instead of the bundled one.
    const settings = { ...userSettings, ...extraSettings, ...(process.env.LISTING_SERVER_PATH ? { 'listing.server.path': process.env.LISTING_SERVER_PATH } : {}) };
    // Machine settings too: the remote extension host reads machine-scoped ones (listing.server.path) there.
    for (const scope of ['User', 'Machine']) {
      mkdirSync(join(userData, scope), { recursive: true });
      writeFileSync(join(userData, scope, 'settings.json'), JSON.stringify(settings, null, 2));
    }
    const dirs = ['--user-data-dir', userData, '--extensions-dir', extensions];

    const install = spawnSync(process.execPath, [codeServerEntry, ...dirs, '--install-extension', findVsix()], { encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`installing the VSIX failed:\n${install.stdout}\n${install.stderr}`);

    this.port = await freePort();
    const log = createWriteStream(join(artifactsDir, `code-server-${basename(this.root)}.log`));
    // detached: its own process group, so stop() ends the helpers it spawns too.
    this.server = spawn(
      process.execPath,
      [codeServerEntry, '--auth', 'none', '--bind-addr', `127.0.0.1:${this.port}`, '--disable-telemetry',
        '--disable-update-check', '--disable-workspace-trust', ...dirs, this.workspace],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.server.stdout.pipe(log);
    this.server.stderr.pipe(log);
    this.exitHook = () => this.#killGroup('SIGKILL');
    process.on('exit', this.exitHook);
    await waitFor(async () => {
      try {
        return (await fetch(`http://127.0.0.1:${this.port}/healthz`)).ok;
      } catch {
        return false;
      }
    }, 'code-server to listen');

    this.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    this.page = await this.browser.newPage({ viewport: { width: 1500, height: 900 } });
    this.page.setDefaultTimeout(TIMEOUT);
    await this.page.goto(`http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(this.workspace)}`);
    await this.page.locator('.monaco-workbench').waitFor();
    if (waitForServer) await this.serverRunning();
  }

  /** The extension's status bar item shows the running server (check icon). */
  async serverRunning() {
    await this.page.locator('.statusbar-item:has(.codicon-check)', { hasText: 'Listing' }).waitFor({ timeout: 90_000 });
  }

  #killGroup(signal) {
    try {
      if (this.server?.pid) process.kill(-this.server.pid, signal);
    } catch {
      /* already gone */
    }
  }

  async stop() {
    await this.browser?.close().catch(() => {});
    if (this.server && this.server.exitCode === null) {
      const exited = new Promise((r) => this.server.once('exit', r));
      this.#killGroup('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    this.#killGroup('SIGKILL');
    if (this.exitHook) process.off('exit', this.exitHook);
    this.server?.stdout?.destroy();
    this.server?.stderr?.destroy();
    if (this.root) rmSync(this.root, { recursive: true, force: true });
  }

  async screenshot(name) {
    const path = join(artifactsDir, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  async quickInput(prefixKey, text) {
    await this.page.keyboard.press(prefixKey);
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill(text);
    return input;
  }

  async runCommand(title) {
    await this.quickInput('Control+Shift+P', `>${title}`);
    await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Opens a workspace file by name and waits until its editor has text. */
  async openFile(name) {
    await this.quickInput('Control+P', name);
    await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.tab.active', { hasText: name }).waitFor();
    await this.editorLine().waitFor();
  }

  /** A rendered line of the active editor, the first one holding the text if given. */
  editorLine(text) {
    const lines = this.page.locator('.editor-group-container.active .monaco-editor .view-line');
    return (text === undefined ? lines : lines.filter({ hasText: text })).first();
  }

  /** The active editor's text as rendered (short files only: Monaco renders just the visible lines). */
  async editorText() {
    const lines = await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().evaluate((el) =>
      [...el.querySelectorAll('.view-line')]
        .map((line) => ({ top: parseFloat(line.style.top), text: line.textContent.replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text),
    );
    return lines.join('\n').trimEnd();
  }

  /** Selects the first occurrence of text in the active editor (through Find). */
  async selectText(text) {
    await this.page.keyboard.press('Control+F');
    const find = this.page.locator('.find-widget.visible textarea, .find-widget.visible input').first();
    await find.waitFor();
    await find.fill(text);
    await this.page.locator('.find-widget.visible .matchesCount', { hasText: /1 of/ }).waitFor();
    await this.page.keyboard.press('Escape');
  }

  async goToLineEnd(line) {
    await this.quickInput('Control+G', `:${line}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await this.page.keyboard.press('End');
  }

  /** Drags the sash right of the side bar so long names (outline titles) show in screenshots. */
  async widenSideBar(width) {
    const box = await this.page.locator('.part.sidebar').boundingBox();
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width + 1, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + width, y, { steps: 5 });
    await this.page.mouse.up();
  }

  async closeAllEditors() {
    await this.runCommand('View: Close All Editors');
  }
}

const userSettings = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.layoutControl.enabled': false,
  'editor.hover.delay': 200,
  'editor.fontSize': 14,
  'outline.collapseItems': 'alwaysExpand',
  'problems.defaultViewMode': 'table',
  'files.exclude': { '**/.vscode': true },
};
