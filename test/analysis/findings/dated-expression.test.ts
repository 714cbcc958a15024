// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DATED_EXPRESSIONS } from '../../../lib/analysis/data/dated-expressions';
import { findingsOf, flagged } from './helpers';

const RULE = 'dated-expression';

describe('dated expressions', () => {
  it.each(DATED_EXPRESSIONS.map((e) => [e.example, e] as const))('hints at the stale wording in “%s”', (example, entry) => {
    expect(example).toContain(entry.key);
    const text = `今年以来，${example}，取得明显成效。`;
    const found = findingsOf(text, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('hint');
    expect(found[0].fix).toBeUndefined();
    expect(entry.key.length).toBeGreaterThan(0);
    expect(flagged(text, found[0])).toMatch(new RegExp(entry.pattern));
    expect(found[0].message.zh).toContain(String(entry.current[0]));
  });

  it.each(DATED_EXPRESSIONS.map((e) => [e.key, e] as const))(
    'needs more than nothing to match (the rule loops over matches): %s',
    (_key, entry) => {
      expect(new RegExp(`^(?:${entry.pattern})$`).test('')).toBe(false);
      for (const m of `${entry.example}，${entry.example}`.matchAll(new RegExp(entry.pattern, 'g'))) expect(m[0]).toContain(entry.key);
    },
  );

  it('gives each finding the message of its own text when one line holds several', () => {
    const found = findingsOf('学习党的十九大精神和“两学一做”，巩固“两学一做”成果，决胜全面建成小康社会。', RULE);
    expect(found.map((f) => f.message.zh.slice(0, f.message.zh.indexOf('”') + 1))).toEqual([
      '“党的十九大精神”',
      '“两学一做”',
      '“两学一做”',
      '“决胜全面建成小康社会”',
    ]);
  });

  it('names the successor wording when there is one', () => {
    const [f] = findingsOf('深入学习党的十九届五中全会精神。', RULE);
    expect(f.message.zh).toContain('二十届');
    expect(f.message.en).toContain('20th');
  });

  it.each(['深入学习贯彻党的二十大精神', '巩固拓展脱贫攻坚成果同乡村振兴有效衔接', '扎实推进“十五五”规划开局'])(
    'accepts current wording: %s',
    (text) => {
      expect(findingsOf(text, RULE)).toEqual([]);
    },
  );
});
