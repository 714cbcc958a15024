// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, flagged } from './helpers';

const RULE = 'heading-full-stop';

describe('full stop after a stand-alone heading', () => {
  it('warns and removes the full stop of a heading on its own line', () => {
    const text = '二、聚焦主责主业\n（一）压实党建主体责任。\n一是落实目标责任制。';
    const found = findingsOf(text, RULE);
    expect(found).toHaveLength(1);
    expect(flagged(text, found[0])).toBe('。');
    expect(found[0].severity).toBe('warning');
    expect(applyFix(text, found[0])).toBe('二、聚焦主责主业\n（一）压实党建主体责任\n一是落实目标责任制。');
  });

  it('leaves the full stop of a run-on heading alone', () => {
    expect(findingsOf('（一）强化理论武装。全年学习X次。', RULE)).toEqual([]);
  });

  it('leaves a long numbered sentence alone: it is body text', () => {
    const text = '（一）党支部全覆盖分析研判的动态管理机制不够完善，培训指导难以覆盖全部学校，影响了整体成效。';
    expect(findingsOf(text, RULE)).toEqual([]);
  });

  it('only hints when the title has a comma, since it may be a numbered sentence', () => {
    const found = findingsOf('（一）工作主动性还需增强，有时满足于按部就班。', RULE);
    expect(found.map((f) => f.severity)).toEqual(['hint']);
  });

  it('leaves numbered list items that are whole sentences alone', () => {
    expect(findingsOf('二、存在问题\n1、服务群众的方式方法还不够多。\n（1）学习不够深入。', RULE)).toEqual([]);
  });

  it('warns on a first-level heading too', () => {
    expect(findingsOf('一、主要工作。', RULE)).toHaveLength(1);
  });

  it('accepts a heading without a full stop, and an inline enumeration that ends with one', () => {
    expect(findingsOf('一、主要工作\n一是加强学习。', RULE)).toEqual([]);
  });
});
