// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPinyinSyllable, pinyinAnnotationStart } from '../../lib/analysis/pinyin-garble';

const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 300);

/** What pinyinAnnotationStart answered when it was a regex anchored at `index`. */
function byRegex(text: string, index: number): number | undefined {
  const c = text.charCodeAt(index - 1);
  if (c !== 0x29 && c !== 0xff09) return undefined;
  const m = /[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})[1-5]?[ \u3000]?[)）]$/.exec(text.slice(Math.max(0, index - 10), index));
  if (!m) return undefined;
  const start = index - m[0].length;
  const before = text.charCodeAt(start - 1);
  const han = (before >= 0x4e00 && before <= 0x9fff) || (before >= 0x3400 && before <= 0x4dbf) || (before >= 0xf900 && before <= 0xfaff);
  const astralHan =
    before >= 0xdc00 &&
    before <= 0xdfff &&
    start >= 2 &&
    (text.codePointAt(start - 2) ?? 0) >= 0x20000 &&
    (text.codePointAt(start - 2) ?? 0) <= 0x3ffff;
  return (han || astralHan) && isPinyinSyllable(m[1]) ? start : undefined;
}

// The characters an annotation is made of and those next to them, a few of each kind, and whole
// syllables (the longest has six letters) so that annotations are common.
const PIECES = fc.oneof(
  fc.constantFrom('(', '（', ')', '）', ' ', '\u3000', '1', '5', '6', 'x', 'u', 'e', 'h', 's', 'z', 'n', 'g', 'X', 'é', 'ǚ', 'ü', 'ā', 'a'),
  fc.constantFrom('學', '員', '𠀀', '學(', '員（'),
  fc.constantFrom('zhuang', 'zhuàng', 'xué', 'shí', 'lǜ', 'er', 'de', 'yuan', 'model'),
);

describe('pinyinAnnotationStart', () => {
  it('finds the annotation before the index as the anchored regex did', () => {
    fc.assert(
      fc.property(fc.array(PIECES, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        for (let index = 0; index <= text.length; index++) expect(pinyinAnnotationStart(text, index)).toBe(byRegex(text, index));
      }),
      { numRuns: Math.max(200, RUNS * 20) },
    );
  });

  it('looks past whole annotations only', () => {
    expect(pinyinAnnotationStart('員(yuán)XX', 7)).toBe(1);
    expect(pinyinAnnotationStart('學(xué2 )XX', 8)).toBe(1);
    expect(pinyinAnnotationStart('員（yuan）', 7)).toBe(1);
    expect(pinyinAnnotationStart('a(yuán)XX', 7)).toBeUndefined(); // not after a Han character
    expect(pinyinAnnotationStart('員(zhuangx)XX', 10)).toBeUndefined(); // seven letters
    expect(pinyinAnnotationStart('員(model)XX', 8)).toBeUndefined(); // no syllable
    expect(pinyinAnnotationStart('員(yuán6)XX', 8)).toBeUndefined(); // no tone 6
  });
});
