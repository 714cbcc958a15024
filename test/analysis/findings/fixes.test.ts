// @vitest-environment node
// The panel offers “fix all”: the fixes of all rules together must not collide, and once applied
// they must leave nothing more to fix.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import type { Edit } from '../../../lib/analysis/types';

const FIXTURES = join(__dirname, '../../fixtures/reports');
const CORPUS = '/work/shared/corpus';
const texts: [string, string][] = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .map((f): [string, string] => [f, readFileSync(join(FIXTURES, f), 'utf8')]),
  ...(existsSync(CORPUS)
    ? readdirSync(CORPUS)
        .filter((f) => f.endsWith('.txt'))
        .map((f): [string, string] => [`corpus/${f}`, readFileSync(join(CORPUS, f), 'utf8')])
    : []),
  ['made-up', '一,主要工作\n(一),抓学习(2020年)\n1、于2026年01月05日印发X发[2026]3号文件,要求:加强学习!\n（二）抓队伍。'],
];

const fixesOf = (text: string): Edit[] =>
  analyze(text)
    .findings.flatMap((f) => (f.fix ? [f.fix] : []))
    .sort((a, b) => a.start - b.start);

function applyAll(text: string, fixes: Edit[]): string {
  let out = text;
  for (const fix of [...fixes].reverse()) out = out.slice(0, fix.start) + fix.replacement + out.slice(fix.end);
  return out;
}

describe('fixing everything at once', () => {
  it.each(texts)('never offers overlapping fixes in %s', (_name, text) => {
    const fixes = fixesOf(text);
    for (let i = 1; i < fixes.length; i++) expect(fixes[i].start).toBeGreaterThanOrEqual(fixes[i - 1].end);
  });

  it.each(texts)('leaves nothing to fix after all fixes are applied to %s', (_name, text) => {
    const fixed = applyAll(text, fixesOf(text));
    expect(
      analyze(fixed)
        .findings.filter((f) => f.fix)
        .map((f) => [f.rule, fixed.slice(f.start - 5, f.end + 5)]),
    ).toEqual([]);
  });

  it('really has something to fix in the made-up text', () => {
    expect(fixesOf(texts[texts.length - 1][1]).length).toBeGreaterThanOrEqual(8);
  });
});
