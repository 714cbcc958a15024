// @vitest-environment node
// Glued watermarks (junk.ts): the line pass tells contentRange when a line holds none of the words a
// watermark needs, and contentRange then skips the search; these tests hold that shortcut exact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AD_TRIGGERS } from '../../lib/analysis/boilerplate';
import { contentRange, WATERMARK_KEYS } from '../../lib/analysis/junk';
import { lineTriggers } from '../../lib/analysis/line-triggers';

const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 300);

// Sentences with a tail after their last stop: site names, addresses, near misses of the keys.
// biome-ignore format: packed word list
const pieces = [
  '全年完成任务。', '推进工作！', '是否落实？', '；', '，', '。', ' ', 'a', '.', '/', ':', '某某之家', '—', '资料',
  ...WATERMARK_KEYS, 'ww.', 'http:/', 'https:', '全网', '资源', '每日', '更新', '范文', '网', '文', '库', 'example.com',
];
const line = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(''));
const watermarked = (s: string) => {
  const range = contentRange(s);
  return range !== null && range !== 'all' && range.tail === 'watermark';
};

describe('glued watermarks', () => {
  it('are found only on lines that hold one of WATERMARK_KEYS, so the search can be skipped on the others', () => {
    let found = 0;
    fc.assert(
      fc.property(line, (s) => {
        if (watermarked(s)) found++;
        if (WATERMARK_KEYS.some((key) => s.includes(key))) return true;
        expect(contentRange(s, false)).toEqual(contentRange(s));
        return true;
      }),
      { numRuns: RUNS * 10, seed: 7 },
    );
    expect(found).toBeGreaterThan(RUNS / 10);
  });

  it('set the advert bit of the line pass, which is what contentRange is told', () => {
    const triggers = lineTriggers([AD_TRIGGERS], '');
    fc.assert(
      fc.property(line, (s) => !watermarked(s) || (triggers.scan(s) & triggers.bits[0]) !== 0),
      { numRuns: RUNS * 10, seed: 8 },
    );
  });

  it('are cut from the text of the line', () => {
    const text = '全年发展党员X名。某某之家—全网资源每日更新www.example.com';
    expect(contentRange(text)).toEqual({ from: 0, to: 9, tail: 'watermark' });
    expect(contentRange(text, false)).toBeNull();
  });
});
