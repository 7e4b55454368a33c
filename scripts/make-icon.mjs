// Renders media/icon.png (the Marketplace icon, 128×128) from media/deal-notes.svg with headless Chromium.
// Run once after changing the SVG: node scripts/make-icon.mjs (needs npm run setup:vscode for Chromium).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const svg = readFileSync('media/deal-notes.svg', 'utf8').replace('stroke="currentColor"', 'stroke="#ffffff"').replace('width="24" height="24"', 'width="96" height="96"');
const html = `<html><body style="margin:0;background:transparent"><div style="width:128px;height:128px;border-radius:24px;background:linear-gradient(135deg,#1f6feb,#0b3d91);display:flex;align-items:center;justify-content:center">${svg}</div></body></html>`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
await page.setContent(html);
await page.screenshot({ path: 'media/icon.png', omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
await browser.close();
