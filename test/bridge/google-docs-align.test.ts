import { expect, test } from 'vitest';
import { alignLabels } from '../../lib/bridge/google-docs-align';

const text = '\u0003标题XX\n一、总体情况\n完成XX项，增长X%。\n二、问题\n完成XX项，某某负责。\n';

test('labels of wrapped lines and paragraphs map to their offsets in reading order', () => {
  const labels = ['标题XX', '一、总体情况', '完成XX项，', '增长X%。'];
  const starts = alignLabels(text, labels);
  starts.forEach((s, i) => expect(text.slice(s, s + labels[i].length)).toBe(labels[i]));
  expect(starts[2]).toBe(text.indexOf('完成XX项，'));
});

test('a run starting mid-document is anchored by the labels after it, not the first equal label', () => {
  // Only the tile with the second section is rendered: "完成XX项，" also occurs earlier.
  const labels = ['二、问题', '完成XX项，', '某某负责。'];
  const starts = alignLabels(text, labels);
  expect(starts).toEqual([text.indexOf('二、问题'), text.lastIndexOf('完成XX项，'), text.indexOf('某某负责。')]);
  const alone = alignLabels(text, ['完成XX项，', '某某负责。']);
  expect(alone[0]).toBe(text.lastIndexOf('完成XX项，'));
});

test('a label not in the text is skipped and the next one re-anchors', () => {
  const labels = ['一、总体情况', '（页眉）', '完成XX项，'];
  const starts = alignLabels(text, labels);
  expect(starts[1]).toBe(-1);
  expect(starts[2]).toBe(text.indexOf('完成XX项，'));
});
