import { expect, test } from 'vitest';
import { analyze } from '../../lib/analysis';
import { BLANK_CONTEXT_CHARS, blankViews, buildDocState } from '../../lib/state/doc-state';
import { judgeReport } from '../../lib/state/report-verdict';

const REPORT = [
  '某某局2025年度工作总结',
  '一、主要工作',
  '（一）加强学习。全年组织集中学习X次，参加人数达到XXX人，覆盖全部科室和下属单位。',
  '二、存在问题',
  '三、下步打算',
  '力争于XXXX年X月底前完成。',
].join('\n');

test('each blank carries up to 12 characters of its own line on each side', () => {
  const result = analyze(REPORT);
  const views = blankViews(REPORT, result.placeholders);
  const xxx = views.find((v) => v.text === 'XXX')!;
  expect(xxx.before).toBe('中学习X次，参加人数达到');
  expect(xxx.before).toHaveLength(BLANK_CONTEXT_CHARS);
  expect(REPORT.slice(xxx.start - xxx.before.length, xxx.start)).toBe(xxx.before);
  expect(xxx.after).toBe(REPORT.slice(xxx.end, xxx.end + BLANK_CONTEXT_CHARS));
  const first = views[0];
  expect(first.before).toBe('');
  for (const v of views) expect(v.before + v.text + v.after).not.toContain('\n');
});

test('the state has the engine result, the text length and the editor', () => {
  const result = analyze(REPORT);
  const state = buildDocState({
    url: 'http://127.0.0.1/a',
    title: 't',
    editor: { id: 'x', name: 'X', features: ['read'] },
    text: REPORT,
    result,
    version: 3,
  });
  expect(state.length).toBe(REPORT.length);
  expect(state.outline).toEqual(result.outline);
  expect(state.blanks.map((b) => b.start)).toEqual(result.placeholders.map((p) => p.start));
  expect(state.version).toBe(3);
  expect(state.isReport).toBe(judgeReport(REPORT, result).isReport);
  expect(state.fields.length).toBeGreaterThan(0);
  expect(state.fields.length).toBeLessThanOrEqual(result.placeholders.length);
});

test('a report is recognised as one; a shopping list is not', () => {
  expect(judgeReport(REPORT, analyze(REPORT)).isReport).toBe(true);
  const list = '苹果 3 斤\n牛奶 2 盒\n面包 1 个';
  const verdict = judgeReport(list, analyze(list));
  expect(verdict.isReport).toBe(false);
  expect(verdict.reportScore).toBeLessThan(0.5);
});

test('the state carries fields with a bounded sentence', async () => {
  const { FIELD_CONTEXT_CHARS, stateFields } = await import('../../lib/state/doc-state');
  const long = `${'全面加强党的建设，'.repeat(20)}全年组织学习XX次，${'持续推进各项工作。'.repeat(20)}`;
  const [field] = stateFields(long, analyze(long).placeholders);
  expect(field.context.before.length).toBeLessThanOrEqual(FIELD_CONTEXT_CHARS);
  expect(field.context.before.endsWith('全年组织学习')).toBe(true);
  expect(field.context.after.length).toBeLessThanOrEqual(FIELD_CONTEXT_CHARS);
});

test('a page full of blanks: the panel lists the run around the caret and counts them all', async () => {
  const { LIST_BLANK_LIMIT, buildDocState } = await import('../../lib/state/doc-state');
  const lines = Array.from({ length: 60 }, (_, i) => (i % 2 ? '某某，' : 'XX，').repeat(100));
  const text = ['2026年度述职报告', '一、主要工作', ...lines].join('\n');
  const result = analyze(text);
  const state = buildDocState({ url: 'https://example.test/', title: '', editor: null, text, result, version: 1 });
  expect(result.placeholders.length).toBe(6_000);
  expect(state.blankTotal).toBe(6_000);
  expect(state.blanks).toHaveLength(LIST_BLANK_LIMIT);
  expect(state.firstBlank).toBe(0);
  expect(state.blanks.map((b) => b.start)).toEqual(result.placeholders.slice(0, LIST_BLANK_LIMIT).map((b) => b.start));
  expect(state.fields).toHaveLength(LIST_BLANK_LIMIT);

  // The caret at blank 4,000: blanks 3,500–4,499 are listed, as fields too.
  const caret = result.placeholders[4_000].start;
  const there = buildDocState({ url: 'https://example.test/', title: '', editor: null, text, result, version: 1, caret });
  expect(there.firstBlank).toBe(4_000 - LIST_BLANK_LIMIT / 2);
  expect(there.blanks.some((b) => b.start === caret)).toBe(true);
  expect(there.fields.some((f) => f.spans.some((s) => s.start === caret))).toBe(true);

  const few = '本人姓名：XX，部门：某某科。';
  const small = buildDocState({ url: 'https://example.test/', title: '', editor: null, text: few, result: analyze(few), version: 1 });
  expect(small.blankTotal).toBe(2);
  expect(small.blanks).toHaveLength(2);
});
