import { expect, test } from 'vitest';
import { badgeText } from '../../lib/background/badge';
import { siteSettingsFrom } from '../../lib/background/site-settings';
import { coveredByManifest, originPattern, scriptIdFor } from '../../lib/background/sites';
import { DEFAULT_SETTINGS } from '../../lib/db/settings';
import { colourInputValue, highlightCss, pickColour, resolveColours, safeColour } from '../../lib/highlight/styles';

test('the badge shows the fields to fill only for a report, and 999+ beyond', () => {
  expect(badgeText({ isReport: true, toFill: 7 })).toBe('7');
  expect(badgeText({ isReport: false, toFill: 7 })).toBe('');
  expect(badgeText({ isReport: true, toFill: 0 })).toBe('');
  expect(badgeText({ isReport: true, toFill: 999 })).toBe('999');
  expect(badgeText({ isReport: true, toFill: 1500 })).toBe('999+');
  expect(badgeText(null)).toBe('');
});

test('the named online editors and local pages need no registration; other sites do', () => {
  for (const origin of [
    'https://docs.google.com',
    'https://abc.feishu.cn',
    'https://www.yuque.com',
    'http://127.0.0.1:5173',
    'http://localhost:3000',
  ]) {
    expect(coveredByManifest(origin), origin).toBe(true);
  }
  for (const origin of ['https://example.com', 'https://feishu.cn.evil.com', 'http://docs.google.com.example.org']) {
    expect(coveredByManifest(origin), origin).toBe(false);
  }
  expect(originPattern('https://example.com:8443')).toBe('https://example.com/*');
  expect(originPattern('file:///tmp/x')).toBeNull();
  expect(originPattern('not a url')).toBeNull();
  expect(scriptIdFor('https://a.example.com')).toMatch(/^ra-site-[\w.-]+$/);
});

test('a site is on unless the user switched it off; highlight settings come along', () => {
  const settings = {
    ...DEFAULT_SETTINGS,
    sites: { 'https://off.example': false, 'https://on.example': true },
    highlightColours: { x: '#ff0' },
  };
  expect(siteSettingsFrom(settings, 'https://off.example').enabled).toBe(false);
  expect(siteSettingsFrom(settings, 'https://on.example').enabled).toBe(true);
  expect(siteSettingsFrom(settings, 'https://new.example')).toEqual({
    enabled: true,
    highlights: { enabled: true, colors: { x: '#ff0' } },
  });
});

test('only plain colours from settings reach the highlight stylesheet', () => {
  expect(safeColour('#ffcc00')).toBe('#ffcc00');
  expect(safeColour('rgba(1, 2, 3, 0.5)')).toBe('rgba(1, 2, 3, 0.5)');
  expect(safeColour('red; } body { display:none')).toBeNull();
  expect(safeColour('url(http://x)')).toBeNull();
  const colours = resolveColours({ x: '#123456', default: 'pink', mou: 'x}{' });
  expect(colours.x).toBe('#123456');
  expect(colours.mou).toBe('pink');
  const css = highlightCss(colours);
  expect(css).toContain('::highlight(ra-blank-x) { background-color: #123456;');
  expect(css).not.toContain('x}{');
});

test('the colour inputs show the hue the page paints (one source for kinds and colours)', () => {
  const painted = resolveColours({});
  expect(colourInputValue(painted.mou)).toBe('#ff8c3c');
  expect(colourInputValue(painted.underline)).toBe('#50a0ff');
  expect(colourInputValue(painted.x)).toBe('#ffc400');
  expect(colourInputValue('#AbC')).toBe('#aabbcc');
  expect(colourInputValue('#11223380')).toBe('#112233');
  expect(colourInputValue('rgb(300, 0, 16)')).toBe('#ff0010');
  expect(colourInputValue('pink')).toBeNull();
});

test('picking the built-in hue in a colour input gives the built-in, translucent colour back', () => {
  const green = pickColour({ mou: '#112233' }, 'x', '#00ff00');
  expect(green).toEqual({ mou: '#112233', x: '#00ff00' });
  const back = pickColour(green, 'x', '#FFC400');
  expect(back).toEqual({ mou: '#112233' });
  expect(resolveColours(back).x).toBe(resolveColours({}).x);
  // Another kind's built-in hue is a custom colour for this one.
  expect(pickColour({}, 'x', colourInputValue(resolveColours({}).mou)!)).toEqual({ x: '#ff8c3c' });
  // With a default setting the built-in colour would not come back: the pick is kept.
  expect(pickColour({ default: 'pink' }, 'x', '#ffc400')).toEqual({ default: 'pink', x: '#ffc400' });
});
