// Renders images/icon.svg to images/icon.png (128x128, transparent) with Debian's Chromium.
// Run by hand after editing the SVG; the PNG is committed.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const images = join(dirname(fileURLToPath(import.meta.url)), '..', 'images');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<body style="margin:0;background:transparent">${readFileSync(join(images, 'icon.svg'), 'utf8')}</body>`);
  await page.locator('svg').screenshot({ path: join(images, 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
