// 语雀 under its real hostname (test/e2e/sites/yuque): the content script reads the whole document
// as the engine does, highlights, jumps, inserts and fills through the editor, and leaves the page alone.
import { expect, test } from 'vitest';
import * as scenario from './sites/dom-site-scenarios';
import { analyze } from '../../lib/analysis';
import { SitePage } from './sites/site-page';

const SITE: scenario.DomSite = {
  id: 'yuque',
  url: 'https://www.yuque.com/team/book/report/edit',
  rootSelector: '#lark-text-editor .ne-engine',
};
const suite = scenario.domSiteSuite(SITE);

test('the read view is read, highlighted and jumped to like the engine; inserts go to the clipboard with a notice', async () => {
  const site = await SitePage.open(suite.browser(), 'https://www.yuque.com/team/book/report');
  try {
    const state = await site.stateWhen((s) => s.editor?.id === 'yuque');
    expect(state.editor?.features).toEqual(['read', 'live', 'highlight', 'jump']);
    expect(state.editor?.notice).toBe('site.yuque.readView');
    const model = await scenario.modelText(site);
    expect(state.blanks.map((x) => [x.start, x.end, x.text])).toEqual(analyze(model).placeholders.map((x) => [x.start, x.end, x.text]));
    await expect.poll(() => site.highlighted()).toBe(state.blanks.length);
    const blank = state.blanks[3];
    expect(await site.send('jumpTo', { offset: blank.start, end: blank.end })).toBe(true);
    await expect.poll(() => site.page.evaluate(() => document.getSelection()?.toString())).toBe(blank.text);
    expect(await site.write('insertText', { text: '（补充）' })).toMatchObject({
      ok: false,
      method: 'clipboard',
      messageKey: 'write.copied',
    });
    expect(await scenario.modelText(site)).toBe(model);
  } finally {
    await site.close();
  }
});

suite.noRequestLeavesTheMachine();
