// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { blanksFitText, planReuse, shiftedStart } from '../../lib/highlight/range-reuse';
import { textChange } from '../../lib/text-change';
import { relativeEdit, reportLikeText, toEdit } from '../analysis/report-text.arbitraries';

const blanksOf = (text: string) => analyze(text).placeholders.map(({ start, end, kind, text }) => ({ start, end, kind, text }));

test('a keystroke far from the blanks keeps every blank: those after it shifted', () => {
  const before = '一、总体情况\n本年完成XX项，增长XX%。\n负责人：某某';
  const after = before.replace('总体', '总体的');
  const plan = planReuse(blanksOf(before), blanksOf(after), textChange(before, after));
  expect([...plan.from]).toEqual([0, 1, 2]);
  expect(plan.dropped).toEqual([]);
});

test('typing into a blank renews only that blank', () => {
  const before = '完成XX项，增长XX%，负责人某某。';
  const after = before.replace('增长XX', '增长XXX');
  const plan = planReuse(blanksOf(before), blanksOf(after), textChange(before, after));
  expect([...plan.from]).toEqual([0, -1, 2]);
  expect(plan.dropped).toEqual([1]);
});

test('an edit next to repeated text is ambiguous: the blanks it could have moved get new Ranges', () => {
  // "XX乙" typed before or after "XX乙": the texts alone cannot tell the old blank stayed at 1 or moved to 4.
  const before = '甲XX乙';
  const after = '甲XX乙XX乙';
  const change = textChange(before, after);
  expect(shiftedStart({ start: 1, end: 3, kind: 'x' }, change)).toBeNull();
  expect(blanksOf(after).map((b) => b.start)).toEqual([1, 4]);
  const plan = planReuse(blanksOf(before), blanksOf(after), change);
  expect([...plan.from]).toEqual([-1, -1]);
});

test('without a change (no text to compare) nothing is reused', () => {
  const text = '完成XX项';
  const plan = planReuse(blanksOf(text), blanksOf(text), null);
  expect([...plan.from]).toEqual([-1]);
  expect(plan.dropped).toEqual([0]);
});

test('blanks found in another text do not fit it', () => {
  expect(blanksFitText(blanksOf('完成XX项'), '完成XX项')).toBe(true);
  expect(blanksFitText(blanksOf('完成XX项'), '已完成XX项')).toBe(false);
  expect(blanksFitText([{ start: 2, end: 4, kind: 'x' }], '完成XX项')).toBe(false);
});

/**
 * Where a DOM Range over an old blank is after the text node's replaceData(start, end - start, new
 * text of `length`), by the DOM's live-range rules; null when it no longer spans the blank's length
 * (the painter's intact() check then renews it): collapsed or shrunk by a deletion, or grown because
 * a boundary in (start, end], or at `start` for an insertion, is left at `start`.
 */
function liveRangeAfter(blank: { start: number; end: number }, edit: { start: number; end: number; length: number }): number | null {
  const delta = edit.length - (edit.end - edit.start);
  if (blank.end <= edit.start) return blank.start;
  if (blank.start > edit.end) return blank.start + delta;
  // A start at the end of a pure deletion moves to its start, keeping the blank's length.
  if (blank.start === edit.end && edit.length === 0 && edit.end > edit.start) return blank.start + delta;
  return null;
}

test('a reused Range that survived the edit is always where the new blank is', () => {
  fc.assert(
    fc.property(reportLikeText(), fc.array(relativeEdit, { minLength: 1, maxLength: 1 }), (before, [relative]) => {
      const { start, end, replacement } = toEdit(before, relative);
      const after = before.slice(0, start) + replacement + before.slice(end);
      const previous = blanksOf(before);
      const next = blanksOf(after);
      const plan = planReuse(previous, next, textChange(before, after));
      const seen = new Set<number>();
      plan.from.forEach((i, j) => {
        if (i < 0) return;
        expect(seen.has(i)).toBe(false);
        seen.add(i);
        expect([next[j].kind, next[j].text]).toEqual([previous[i].kind, previous[i].text]);
        const live = liveRangeAfter(previous[i], { start, end, length: replacement.length });
        if (live !== null) expect(live).toBe(next[j].start);
      });
      expect(plan.dropped.length + seen.size).toBe(previous.length);
    }),
    { numRuns: 500 },
  );
});

test('the same holds for edits next to repeated text (a copy of what is there typed before it, or one taken out)', () => {
  fc.assert(
    fc.property(
      reportLikeText(30),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.boolean(),
      (text, x, y, remove) => {
        const a = Math.floor(Math.min(x, y) * text.length);
        const b = Math.floor(Math.max(x, y) * text.length);
        const copy = text.slice(a, b);
        // Typing the copy at a: the text reads as if typed at b. Removing [a, b) of "copy copy": as if removed at b.
        const before = remove ? text.slice(0, b) + copy + text.slice(b) : text;
        const after = remove ? text : text.slice(0, a) + copy + text.slice(a);
        const edit = remove ? { start: a, end: b, length: 0 } : { start: a, end: a, length: copy.length };
        const previous = blanksOf(before);
        const next = blanksOf(after);
        const plan = planReuse(previous, next, textChange(before, after));
        plan.from.forEach((i, j) => {
          if (i < 0) return;
          const live = liveRangeAfter(previous[i], edit);
          if (live !== null) expect(live).toBe(next[j].start);
        });
      },
    ),
    { numRuns: 1000 },
  );
});
