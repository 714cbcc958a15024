import { expect, test } from 'vitest';
import { fieldAtCaret, rowKeys, valuesAfterFill } from '@/lib/panel/field-rows';
import { nextProgress, retractProgress } from '@/lib/panel/blank-progress';
import type { Field } from '@/lib/fields/types';

function field(start: number, text: string, before: string, after: string, key = 'count:x'): Field {
  return {
    id: `f${start}`,
    key,
    kind: 'count',
    label: '次数',
    spans: [{ start, end: start + text.length, text }],
    context: { before, after },
    line: 0,
  };
}

test('a row keeps its key when a fill above moves every offset', () => {
  const before = [field(10, 'XX', '学习', '次'), field(40, 'XX', '走访', '家'), field(70, 'X', '解决', '个')];
  const after = [field(12, 'XX', '走访', '家'), field(42, 'X', '解决', '个')].map((f, i) => ({ ...f, id: `g${i}` }));
  const [, second, third] = rowKeys(before);
  expect(rowKeys(after)).toEqual([second, third]);
});

test('identical fields: a value typed in the second stays with it when the first is filled', () => {
  const same = [field(10, 'XX', '完成', '项'), field(40, 'XX', '完成', '项')];
  const [k0, k1] = rowKeys(same);
  const typed = new Map([[k1, '7']]);
  const next = valuesAfterFill(typed, [k0]);
  expect(rowKeys([same[1]])[0]).toBe(k0);
  expect(next.get(k0)).toBe('7');
  expect(next.size).toBe(1);
});

test('the current field is the one holding the caret, else the next one', () => {
  const fields = [field(10, 'XX', '', ''), field(40, 'XX', '', ''), field(70, 'X', '', '')];
  expect(fieldAtCaret(fields, 11)).toBe(0);
  expect(fieldAtCaret(fields, 20)).toBe(1);
  expect(fieldAtCaret(fields, 99)).toBe(2);
  expect(fieldAtCaret([], 5)).toBe(-1);
});

test('progress never goes backwards: fills count up, blanks that come back raise the total', () => {
  let p = nextProgress(undefined, 62);
  const seen = [p.filled];
  for (const open of [61, 60, 58, 61, 70, 55, 55, 0]) {
    p = nextProgress(p, open);
    seen.push(p.filled);
    expect(p.total - p.filled).toBe(open);
  }
  for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
  expect(p).toEqual({ filled: p.total, total: p.total });
});

test('an undo from the panel takes its fills back, whether the page reported the reopened fields before or after', () => {
  const afterFill = nextProgress(nextProgress(undefined, 10), 7);
  expect(afterFill).toEqual({ filled: 3, total: 10 });
  expect(nextProgress(retractProgress(afterFill, 3), 10)).toEqual({ filled: 0, total: 10 });
  expect(retractProgress(nextProgress(afterFill, 10), 3)).toEqual({ filled: 0, total: 10 });
});

test('the changed part of a previewed line is whole words: 20XX → 2026, not 20 + XX → 26', async () => {
  const { changedPart } = await import('@/lib/panel/fill-plan');
  expect(changedPart('现将20XX年度工作报告如下', '现将2026年度工作报告如下')).toEqual({
    head: '现将',
    old: '20XX',
    new: '2026',
    tail: '年度工作报告如下',
  });
  expect(changedPart('某某单位XX项', '青山县XX项')).toEqual({ head: '', old: '某某单位', new: '青山县', tail: 'XX项' });
  const same = changedPart('无变化', '无变化');
  expect(same.old + same.new).toBe('');
});
