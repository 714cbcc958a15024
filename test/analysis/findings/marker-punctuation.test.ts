// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, flagged } from './helpers';

const RULE = 'marker-punctuation';

describe('punctuation after ordinal markers (GB/T 15834 B.3)', () => {
  it.each([
    ['（一）、抓学习', 'error', '（一）抓学习'],
    ['(三)、抓队伍', 'error', '(三)抓队伍'],
    ['（1）.集中学习', 'error', '（1）集中学习'],
    ['一.主要工作', 'error', '一、主要工作'],
    ['二，存在问题', 'error', '二、存在问题'],
    ['1、建立台账', 'hint', '1.建立台账'],
    ['1，建立台账', 'error', '1.建立台账'],
    ['第一、统一思想。', 'warning', '第一，统一思想。'],
  ])('flags %s (%s) and fixes it', (text, severity, fixed) => {
    const found = findingsOf(text, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe(severity);
    expect(applyFix(text, found[0])).toBe(fixed);
    expect(findingsOf(fixed, RULE)).toEqual([]);
  });

  it.each([
    '一、主要工作',
    '（一）抓学习',
    '(二)抓服务',
    '1.建立台账',
    '1．建立台账',
    '（1）集中学习',
    '第一，统一思想。',
    '一是加强学习。',
  ])('accepts %s', (text) => {
    expect(findingsOf(text, RULE)).toEqual([]);
  });

  it('points at the punctuation mark, also in an indented line', () => {
    const text = '　　（二）、抓服务';
    const [f] = findingsOf(text, RULE);
    expect(flagged(text, f)).toBe('、');
  });
});
