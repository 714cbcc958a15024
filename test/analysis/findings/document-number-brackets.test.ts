// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf } from './helpers';

const RULE = 'document-number-brackets';

describe('brackets around the year of a 发文字号', () => {
  it.each([
    ['根据《通知》（X发[2026]15号）', '根据《通知》（X发〔2026〕15号）'],
    ['市政办发【2025】3号', '市政办发〔2025〕3号'],
    ['区委发(2024)21号', '区委发〔2024〕21号'],
    ['XX字（2026）8号', 'XX字〔2026〕8号'],
  ])('flags %s as an error and fixes it', (text, fixed) => {
    const found = findingsOf(text, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(applyFix(text, found[0])).toBe(fixed);
  });

  it.each(['X发〔2026〕15号', '（2026年）工作安排', '【2026】年度计划', '房间[2026]', '住在15号楼'])('accepts %s', (text) => {
    expect(findingsOf(text, RULE)).toEqual([]);
  });
});
