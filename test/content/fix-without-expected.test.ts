import { describe, expect, test } from 'vitest';
import { analyze } from '@/lib/analysis/analyze';
import { expectedTextForFix } from '@/lib/state/fix-edits';

const text = '一、主要工作\n（一）、抓学习\n加强理论学习。';

describe('a fix sent by the panel without the text it replaces', () => {
  const { findings } = analyze(text);
  const fix = findings.find((f) => f.fix && text.slice(f.fix.start, f.fix.end).includes('、'))?.fix;

  test('is accepted when the engine found the identical fix, replacing what the analysed text holds there', () => {
    expect(fix).toBeDefined();
    expect(expectedTextForFix({ ...fix!, expected: '' }, findings, text)).toBe(text.slice(fix!.start, fix!.end));
  });

  test('is refused when no finding carries that fix', () => {
    expect(expectedTextForFix({ start: 0, end: 2, expected: '', replacement: '删掉' }, findings, text)).toBeNull();
    expect(expectedTextForFix({ ...fix!, replacement: fix!.replacement + '！', expected: '' }, findings, text)).toBeNull();
  });

  test('keeps the expected text the panel did send', () => {
    expect(expectedTextForFix({ start: 0, end: 1, expected: '一', replacement: '二' }, [], text)).toBe('一');
  });
});
