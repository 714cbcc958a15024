// @vitest-environment node
// The line pass (line-triggers.ts) lets the scanners skip lines and look only at recorded positions;
// these tests hold it to what the skipped work would have found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AD_TRIGGERS, hasAdKeyword } from '../../lib/analysis/boilerplate';
import { lineRules } from '../../lib/analysis/findings';
import { keywordIndex } from '../../lib/analysis/keyword-index';
import { isWhitespace, lineTriggers, WHITESPACE_CHARS } from '../../lib/analysis/line-triggers';
import { ENUMERATION_ANCHORS, findHeadingsInLine, headingsAt } from '../../lib/analysis/outline';
import { findPlaceholdersInLine, PLACEHOLDER_STARTS, placeholdersAt } from '../../lib/analysis/placeholders';
import { countChars, scanLine, scanTextLine, TRIGGERS } from '../../lib/analysis/scan-line';
import { splitLines } from '../../lib/analysis/split-lines';
import { anyText, reportLikeText, someText } from './report-text.arbitraries';

const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 300);
const line = fc.oneof(reportLikeText(30), anyText(60)).map((t) => t.replace(/\n/g, ''));

describe('whitespace', () => {
  it('lists exactly the code units \\s matches, and isWhitespace agrees', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const expected = /\s/.test(ch);
      if (WHITESPACE_CHARS.includes(ch) !== expected || isWhitespace(c) !== expected) expect([c, expected]).toBe('agreeing');
    }
  });
});

describe('keywordIndex', () => {
  it('finds the first position where any of the words starts, as indexOf would', () => {
    const words = ['十九大', '小康', '十三五', '@', '新冠肺炎'];
    const index = keywordIndex(words);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('十', '九', '大', '小', '康', '三', '五', '@', '新冠肺炎', '甲', 'a'), { maxLength: 20 }),
        (parts) => {
          const text = parts.join('');
          const hits = words.map((w) => text.indexOf(w)).filter((i) => i >= 0);
          expect(index.find(text)).toBe(hits.length ? Math.min(...hits) : -1);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('lineTriggers', () => {
  const sets = [{ chars: ',;' }, { words: ['十九大', '小康', '@'] }];
  const triggers = lineTriggers(sets, 'X某', '是某');

  it('counts whitespace as countChars does, and records every position of the position and the anchor characters', () => {
    fc.assert(
      fc.property(line, (text) => {
        const result = triggers.scan(text);
        const seen = result % 0x10000;
        expect(text.length - (result - seen) / 0x10000).toBe(countChars(text));
        const expected: number[] = [];
        const anchors: number[] = [];
        for (let i = 0; i < text.length; i++) {
          if (text[i] === 'X' || text[i] === '某') expected.push(i);
          if (text[i] === '是' || text[i] === '某') anchors.push(i);
        }
        expect(Array.from(triggers.positions.subarray(0, triggers.positionCount))).toEqual(expected);
        expect(Array.from(triggers.anchors.subarray(0, triggers.anchorCount))).toEqual(anchors);
      }),
      { numRuns: RUNS },
    );
  });

  it('scans a part of a string as it scans that part on its own, with positions as offsets in the string', () => {
    fc.assert(
      fc.property(line, line, line, (before, part, after) => {
        const whole = before + part + after;
        const alone = triggers.scan(part);
        const positions = Array.from(triggers.positions.subarray(0, triggers.positionCount), (i) => i + before.length);
        const anchors = Array.from(triggers.anchors.subarray(0, triggers.anchorCount), (i) => i + before.length);
        expect(triggers.scan(whole, before.length, before.length + part.length)).toBe(alone);
        expect(Array.from(triggers.positions.subarray(0, triggers.positionCount))).toEqual(positions);
        expect(Array.from(triggers.anchors.subarray(0, triggers.anchorCount))).toEqual(anchors);
      }),
      { numRuns: RUNS },
    );
  });

  it('stops at the first line break and says where: a text is scanned line by line without split()', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (parts) => {
        const text = parts.join('\n');
        let from = 0;
        for (const part of parts) {
          const alone = triggers.scan(part);
          const positions = Array.from(triggers.positions.subarray(0, triggers.positionCount), (i) => i + from);
          const anchors = Array.from(triggers.anchors.subarray(0, triggers.anchorCount), (i) => i + from);
          expect(triggers.scan(text, from)).toBe(alone);
          expect(triggers.end).toBe(from + part.length);
          expect(Array.from(triggers.positions.subarray(0, triggers.positionCount))).toEqual(positions);
          expect(Array.from(triggers.anchors.subarray(0, triggers.anchorCount))).toEqual(anchors);
          from += part.length + 1;
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('records every position of a line with more of them than it has room for, and of short lines after it', () => {
    const many = 'X某'.repeat(70_000);
    for (const text of [many, `甲${many}乙\n${many.slice(0, 999)}`, 'X某是']) {
      let from = 0;
      for (const part of text.split('\n')) {
        triggers.scan(text, from);
        const expected = [...part].flatMap((ch, i) => (ch === 'X' || ch === '某' ? [from + i] : []));
        expect(triggers.positionCount).toBe(expected.length);
        expect(Array.from(triggers.positions.subarray(0, triggers.positionCount))).toEqual(expected);
        expect(triggers.anchorCount).toBe([...part].filter((ch) => ch === '是' || ch === '某').length);
        from += part.length + 1;
      }
    }
  });

  it('refuses a trigger that holds a line break or BOM (the pass reads them with the line)', () => {
    expect(() => lineTriggers([{ words: ['年\r'] }], '')).toThrow();
    expect(() => lineTriggers([{ words: ['\ufeff一'] }], '')).toThrow();
    expect(() => lineTriggers([{ chars: ',\r' }], '')).toThrow();
    expect(() => lineTriggers([{ chars: ',' }, { words: ['一二\ufeff', '年'] }], '')).not.toThrow();
  });

  it('sets a set’s bit whenever the line holds one of its characters or words', () => {
    const piece = fc.constantFrom('十九大', '十九', '小康', '小', '@', ',', ';', '，', '甲', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const seen = triggers.scan(text) % 0x10000;
        expect((seen & triggers.bits[0]) !== 0).toBe(/[,;]/.test(text));
        if (['十九大', '小康', '@'].some((w) => text.includes(w))) expect(seen & triggers.bits[1]).not.toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('is told every word the advert rules and the line rules look for (their own tests fail otherwise)', () => {
    // A line that holds an advert keyword must get the advert bit: the keyword list is the triggers.
    const all = lineTriggers([AD_TRIGGERS, ...lineRules.map((r) => r.triggers)], '');
    for (const text of ['咨询QQ123456', '联系电话13812345678', '邮箱a@b.com', '更多范文请关注']) {
      expect(hasAdKeyword(text)).toBe(true);
      expect(all.scan(text) & all.bits[0]).not.toBe(0);
    }
  });
});

describe('scanners driven by recorded positions', () => {
  const positionsOf = (text: string, chars: string) => {
    const list: number[] = [];
    for (let i = 0; i < text.length; i++) if (chars.includes(text[i])) list.push(i);
    return Int32Array.from(list);
  };

  it('placeholdersAt finds what findPlaceholdersInLine finds, at the given place in the document', () => {
    fc.assert(
      fc.property(line, fc.string({ maxLength: 3 }), fc.nat(1000), fc.nat(50), (text, prefix, base, index) => {
        const whole = prefix + text;
        const positions = positionsOf(whole, PLACEHOLDER_STARTS);
        const found = placeholdersAt(text, positions, positions.length, prefix.length, base, index);
        const expected = findPlaceholdersInLine(text).map((p) => {
          const { label, ...rest } = p;
          const at = { ...rest, start: p.start + base, end: p.end + base, line: index };
          return label === undefined ? at : { ...at, label };
        });
        expect(JSON.stringify(found)).toBe(JSON.stringify(expected));
      }),
      { numRuns: RUNS },
    );
  });

  it('headingsAt finds what findHeadingsInLine finds', () => {
    fc.assert(
      fc.property(line, fc.string({ maxLength: 3 }), (text, prefix) => {
        const positions = positionsOf(prefix + text, ENUMERATION_ANCHORS);
        expect(headingsAt(text, positions, positions.length, prefix.length)).toStrictEqual(findHeadingsInLine(text));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the line pass as the engine builds it', () => {
  it('finds in a line read from the text it was split from what it finds in the line alone', () => {
    fc.assert(
      fc.property(someText, (text) => {
        const { lines, lineStarts } = splitLines(text);
        lines.forEach((rawLine, i) => {
          expect(scanLine(rawLine, lineStarts[i], i, text)).toStrictEqual(scanLine(rawLine, lineStarts[i], i));
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('scans each line of a text where the pass finds its end as it scans the line split from it', () => {
    const withBreaks = fc
      .array(fc.oneof(someText, fc.constantFrom('\r\n', '\ufeff', '\r', '\n\n', '\ufeff一、总结\r')), { maxLength: 6 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(withBreaks, (text) => {
        const { lines, lineStarts } = splitLines(text);
        lines.forEach((rawLine, i) => {
          const scan = scanTextLine(text, lineStarts[i], i);
          expect(TRIGGERS.end).toBe(lineStarts[i] + rawLine.length);
          expect(scan).toStrictEqual(scanLine(rawLine, lineStarts[i], i));
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the advert check and every line rule with triggers a bit of its own (no rule silently runs on every line)', () => {
    const withTriggers = [AD_TRIGGERS, ...lineRules.map((rule) => rule.triggers)].map((set) => set !== undefined);
    TRIGGERS.bits.forEach((bit, k) => {
      if (withTriggers[k]) expect(bit).not.toBe(0);
    });
    const given = TRIGGERS.bits.filter((bit) => bit !== 0);
    expect(new Set(given).size).toBe(given.length);
  });
});
