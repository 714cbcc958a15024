import { describe, expect, test } from 'vitest';
import { clampSpan, tookEffect } from '../../lib/editors/spans';

describe('confirming a write by re-reading', () => {
  const before = '全年完成投资XX万元';

  test('the span replaced by the text counts as done', () => {
    expect(tookEffect(before, '全年完成投资30万元', { start: 6, end: 8 }, '30')).toBe(true);
  });

  test('the text inserted twice, or in the wrong place, does not', () => {
    expect(tookEffect(before, '全年完成投资3030万元', { start: 6, end: 8 }, '30')).toBe(false);
    expect(tookEffect(before, '30全年完成投资万元', { start: 6, end: 8 }, '30')).toBe(false);
    expect(tookEffect(before, before, { start: 6, end: 8 }, '30')).toBe(false);
  });

  test('an editor that adds an empty paragraph between inserted lines still counts', () => {
    expect(tookEffect('甲乙', '甲一\n\n二乙', { start: 1, end: 1 }, '一\n二')).toBe(true);
  });

  test('spans are clamped into the text', () => {
    expect(clampSpan({ start: -3, end: 99 }, 5)).toEqual({ start: 0, end: 5 });
    expect(clampSpan({ start: 4, end: 2 }, 5)).toEqual({ start: 4, end: 4 });
  });
});
