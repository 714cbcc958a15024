// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findingsOf, flagged } from './helpers';

const RULE = 'mixed-enumeration';

describe('首先/其次 mixed with 第三', () => {
  it('hints at 第三 in a paragraph that started with 首先 and 其次', () => {
    const text = '首先，压实责任。其次，聚焦短板。第三，创新方式。';
    const found = findingsOf(text, RULE);
    expect(found.map((f) => [flagged(text, f), f.severity])).toEqual([['第三，', 'hint']]);
    expect(found[0].fix).toBeUndefined();
  });

  it.each(['首先，压实责任。其次，聚焦短板。再次，创新方式。最后，加强保障。', '第一，统一思想；第二，落实责任；第三，加强督查。'])(
    'accepts one way of counting: %s',
    (text) => {
      expect(findingsOf(text, RULE)).toEqual([]);
    },
  );

  it('treats separate paragraphs separately', () => {
    expect(findingsOf('首先，压实责任。其次，聚焦短板。\n第一，统一思想；第二，落实责任。', RULE)).toEqual([]);
  });
});
