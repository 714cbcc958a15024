import { expect, test } from 'vitest';
import { analyze } from '../../lib/analysis';
import { createSegmentedAnalyzer, segmentStarts } from '../../lib/content/segmented-analyzer';

const SECTION = [
  '一、工作情况',
  '（一）学习。全年组织学习X次，参加XX人。',
  '（二）调研。形成报告XX篇，走访某某单位。',
  '二、下步打算',
  '力争X月底前完成，联系人：×××。',
];

function bigReport(copies: number): string {
  const lines: string[] = [];
  for (let i = 0; i < copies; i++) lines.push(...SECTION);
  return lines.join('\n');
}

const keys = (r: ReturnType<typeof analyze>) => ({
  blanks: r.placeholders.map((p) => [p.start, p.end, p.text, p.kind, p.line, p.label]),
  headings: r.outline.map((o) => [o.start, o.end, o.marker, o.title, o.line, o.level]),
  boilerplate: r.boilerplate,
  counts: [r.stats.blanks, r.stats.headings, r.stats.chars, r.stats.lines],
  labels: r.stats.blanksByLabel,
});

test('segments start at line starts, mostly before a top-level heading', () => {
  const text = bigReport(300);
  const starts = segmentStarts(text, 2000);
  expect(starts.length).toBeGreaterThan(5);
  for (const s of starts.slice(1)) {
    expect(text[s - 1]).toBe('\n');
    expect(text.slice(s, s + 2)).toBe('一、');
  }
});

test('a segmented analysis finds the same blanks and headings, at the same offsets, as analyze()', async () => {
  const text = bigReport(300);
  const seg = await createSegmentedAnalyzer(text, 2000);
  expect(keys(seg.result)).toEqual(keys(analyze(text)));
});

test('edits inside a segment, across a boundary and at both ends keep it equal to analyze()', async () => {
  let text = bigReport(200);
  const seg = await createSegmentedAnalyzer(text, 1500);
  const edits: [number, number, string][] = [
    [100, 100, '另有XX项'],
    [1490, 1530, ''],
    [0, 0, '某某局\n'],
    [text.length - 3, text.length, 'XX。\n三、其他'],
    [3000, 9000, '\n一、新增章节\n完成X项。'],
    [5, 5, '\n'],
  ];
  for (const [from, to, insert] of edits) {
    const a = Math.min(from, text.length);
    const b = Math.min(to, text.length);
    text = text.slice(0, a) + insert + text.slice(b);
    seg.update(text);
    expect(seg.text).toBe(text);
    expect(keys(seg.result)).toEqual(keys(analyze(text)));
  }
});
