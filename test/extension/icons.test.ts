// The toolbar and store icons: generated from assets/*.svg by `npm run icons` into public/icon/,
// where WXT finds them for the manifest (icon/<size>.png, and <size>-light/-dark.png for Firefox).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ICONS = resolve(import.meta.dirname, '../../public/icon');

function pngSize(file: string): { width: number; height: number; rgba: boolean } {
  const bytes = readFileSync(resolve(ICONS, file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), rgba: bytes[25] === 6 };
}

describe('extension icons', () => {
  it.each([16, 32, 48, 128])('icon/%i.png is %i pixels square with transparency', (size) => {
    expect(pngSize(`${size}.png`)).toEqual({ width: size, height: size, rgba: true });
  });

  it.each([16, 32])('has light and dark %i px variants for themed toolbars', (size) => {
    for (const variant of ['light', 'dark']) expect(pngSize(`${size}-${variant}.png`)).toMatchObject({ width: size, height: size });
  });
});
