// Notion under its real hostname (test/e2e/sites/notion): the content script reads the whole document
// as the engine does, highlights, jumps, inserts and fills through the editor, and leaves the page alone.
import { expect, test } from 'vitest';
import * as scenario from './sites/dom-site-scenarios';

const SITE: scenario.DomSite = { id: 'notion', url: 'https://www.notion.so/Report-0a1b2c3d', rootSelector: '.notion-page-content' };
const suite = scenario.domSiteSuite(SITE, { typing: false });
const on = suite.on;

test('a write Notion reverts (the selection had just moved into the block) is made again and kept', () =>
  on(async (s) => {
    const original = await scenario.modelText(s);
    const blank = (await s.state())!.blanks.find((b) => b.text === '____')!;
    const before = await s.page.evaluate(() => window.__siteFixture!.reverts());
    expect(await s.write('replaceRange', { start: blank.start, end: blank.end, expected: blank.text, text: '乡村振兴' })).toEqual({
      ok: true,
      method: 'editor',
    });
    expect(await s.page.evaluate(() => window.__siteFixture!.reverts())).toBeGreaterThan(before);
    expect(await scenario.modelText(s)).toBe(original.slice(0, blank.start) + '乡村振兴' + original.slice(blank.end));
    expect((await s.state())!.length).toBe(original.length - blank.text.length + '乡村振兴'.length);
  }));

suite.noRequestLeavesTheMachine();
