// Bundles the extension with esbuild and copies the TextMate grammar (kept in ../grammars for other
// editors) next to it, since a VSIX can only hold files inside the extension folder.
import { build, context } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'dist'), { recursive: true });
copyFileSync(join(root, '..', 'grammars', 'listing.tmLanguage.json'), join(root, 'dist', 'listing.tmLanguage.json'));
if (process.argv.includes('--grammar-only')) process.exit(0);

const options = {
  absWorkingDir: root,
  entryPoints: ['src/extension.ts'],
  bundle: true,
  outfile: 'dist/extension.js',
  external: ['vscode'],
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
};
if (process.argv.includes('--watch')) {
  await (await context(options)).watch();
} else {
  await build(options);
}
