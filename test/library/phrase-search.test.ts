import { describe, expect, it } from 'vitest';
import { buildPhraseIndex, normaliseQuery, type SearchablePhrase } from '../../lib/phrase-search';
import { DEFAULT_PHRASES } from '../../lib/library';

const PHRASES: SearchablePhrase[] = [
  { id: 1, text: '现将……如下，请予审议。' },
  { id: 2, text: '全年共组织学习XX次，参加人员XX人次。' },
  { id: 3, text: '坚持问题导向，逐项抓好整改落实。' },
  { id: 4, text: '下一步，我们将重点抓好以下几方面工作。' },
  { id: 5, text: '以上述职，请予评议。' },
  { id: 6, text: '抓好安全生产工作，守住安全底线。' },
  { id: 7, text: '整改工作取得实效。' },
];

const texts = (hits: { phrase: SearchablePhrase }[]) => hits.map((h) => h.phrase.text);

describe('phrase search', async () => {
  const index = await buildPhraseIndex(PHRASES);

  it('finds phrases by the characters typed', () => {
    expect(texts(index.search('整改'))).toEqual(['整改工作取得实效。', '坚持问题导向，逐项抓好整改落实。']);
  });

  it('finds 现将……如下 by its initials xjrx, ignoring the ellipsis', () => {
    expect(texts(index.search('xjrx'))[0]).toBe('现将……如下，请予审议。');
  });

  it('initials with gaps must stay close together: xjbr does not match a long phrase that merely contains x…j…b…r', async () => {
    const index2 = await buildPhraseIndex([
      { id: 1, text: '现将本人履职情况报告如下' },
      { id: 2, text: '下一步，将进一步压实党建工作责任，推动党建工作提质增效。' },
    ]);
    expect(texts(index2.search('xjbr'))).toEqual(['现将本人履职情况报告如下']);
  });

  it('finds phrases by full pinyin without tones', () => {
    expect(texts(index.search('xianjiang'))).toEqual(['现将……如下，请予审议。']);
    expect(texts(index.search('anquan'))).toEqual(['抓好安全生产工作，守住安全底线。']);
  });

  it('ignores placeholders: initials of 全年共组织学习XX次 skip the XX', () => {
    expect(texts(index.search('qngzzxxc'))).toEqual(['全年共组织学习XX次，参加人员XX人次。']);
  });

  it('ranks a prefix match above a match inside the phrase', () => {
    const hits = texts(index.search('zhenggai'));
    expect(hits).toEqual(['整改工作取得实效。', '坚持问题导向，逐项抓好整改落实。']);
  });

  it('needs every word of a multi-word query', () => {
    expect(texts(index.search('抓好 gongzuo'))).toEqual(['抓好安全生产工作，守住安全底线。', '下一步，我们将重点抓好以下几方面工作。']);
  });

  it('lifts favourites and recently used phrases among equal matches', async () => {
    expect(texts(index.search('gongzuo'))[0]).toBe('整改工作取得实效。');
    const boosted = await buildPhraseIndex(PHRASES.map((p) => (p.id === 6 ? { ...p, favourite: true } : p)));
    expect(texts(boosted.search('gongzuo'))[0]).toBe('抓好安全生产工作，守住安全底线。');
    const usage = new Map([[4, { lastUsedAt: 1_000, count: 5 }]]);
    expect(texts(index.search('gongzuo', { usage, now: 2_000 }))[0]).toBe('下一步，我们将重点抓好以下几方面工作。');
  });

  it('an empty query lists everything, punctuation-only queries too, and odd input never throws', () => {
    expect(index.search('').length).toBe(PHRASES.length);
    expect(index.search('……，。').length).toBe(PHRASES.length);
    expect(index.search('不存在的词')).toEqual([]);
    expect(() => index.search('\u0000\uD800' + 'a'.repeat(100_000))).not.toThrow();
  });

  it('typing XX次 matches phrases with that blank', () => {
    expect(normaliseQuery('XX次')).toEqual(['次']);
    expect(normaliseQuery('xjrx')).toEqual(['xjrx']);
    expect(texts(index.search('XX人次'))).toEqual(['全年共组织学习XX次，参加人员XX人次。']);
  });

  it('rebuilding after an edit reuses the pinyin of unchanged phrases and sees the new text', async () => {
    const edited = PHRASES.map((p) => (p.id === 5 ? { ...p, text: '特此报告。' } : p));
    const rebuilt = await buildPhraseIndex(edited, index);
    expect(texts(rebuilt.search('tcbg'))).toEqual(['特此报告。']);
    expect(rebuilt.search('shuzhi')).toEqual([]);
  });

  it('rebuilding from an unchanged list returns the same index; a new favourite changes it', async () => {
    expect(
      await buildPhraseIndex(
        PHRASES.map((p) => ({ ...p })),
        index,
      ),
    ).toBe(index);
    const starred = await buildPhraseIndex(
      PHRASES.map((p) => (p.id === 7 ? { ...p, favourite: true } : p)),
      index,
    );
    expect(starred).not.toBe(index);
  });

  it('searches the whole default library by initials', async () => {
    const all = await buildPhraseIndex(DEFAULT_PHRASES.map((p, i) => ({ id: i + 1, text: p.text })));
    expect(texts(all.search('ysszqypy'))).toContain('以上述职，请予评议。');
  });
});
