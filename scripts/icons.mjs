// Renders the extension's icons from the SVG sources in assets/ with Debian's Chromium:
// public/icon/<size>.png for the manifest, and <size>-light.png / <size>-dark.png from the one-colour
// mark for Firefox's theme_icons (light icons for dark toolbars). Run after editing an SVG: npm run icons
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'public/icon');
const SIZES = [16, 32, 48, 128];
const THEMED_SIZES = [16, 32];

const svg = (name, color) => {
  const source = readFileSync(resolve(root, 'assets', name), 'utf8');
  return color ? source.replace('color="#000"', `color="${color}"`) : source;
};

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage();
async function render(markup, size, file) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`,
  );
  await page.screenshot({ path: resolve(out, file), omitBackground: true });
}
for (const size of SIZES) await render(svg('icon.svg'), size, `${size}.png`);
for (const size of THEMED_SIZES) {
  await render(svg('icon-mono.svg', '#fbfbfe'), size, `${size}-light.png`);
  await render(svg('icon-mono.svg', '#15141a'), size, `${size}-dark.png`);
}
await browser.close();
console.log(`icons written to ${out}`);
