import { describe, expect, test } from 'vitest';
import { blocksOfModel, joinBlocks, lineAt } from '../../../lib/editors/sites/lark-model';

// A block tree shaped like PageMain.blockManager.rootBlockModel (written for this test).
const block = (id: string, type: string, text: string | null, children: unknown[] = []) => ({
  type,
  record: { id },
  zoneState: text === null ? undefined : { allText: `${text}\n`, content: { ops: [{ insert: text }] } },
  children,
});

describe('the text of a Lark block model', () => {
  const root = block('r', 'page', '某某单位工作总结', [
    block('a', 'heading1', '一、主要工作'),
    block('q', 'quote_container', null, [block('b', 'text', '一是完成X项任务')]),
    block('d', 'divider', null),
    block('c', 'text', ''),
    block('e', 'text', '联系人：×××'),
  ]);

  test('walks the tree in document order, page first, children after their parent, skipping blocks without text', () => {
    expect(blocksOfModel(root).map((b) => [b.id, b.text])).toEqual([
      ['r', '某某单位工作总结'],
      ['a', '一、主要工作'],
      ['b', '一是完成X项任务'],
      ['c', ''],
      ['e', '联系人：×××'],
    ]);
  });

  test('joins blocks with one line break and knows where each line starts', () => {
    const { text, lines } = joinBlocks(blocksOfModel(root));
    expect(text).toBe('某某单位工作总结\n一、主要工作\n一是完成X项任务\n\n联系人：×××');
    for (const line of lines) expect(text.slice(line.start, line.start + line.text.length)).toBe(line.text);
    expect(lineAt(lines, text.indexOf('X'))).toBe(2);
    expect(lineAt(lines, text.indexOf('×'))).toBe(4);
    // The empty line between them is a line of its own.
    expect(lineAt(lines, text.indexOf('\n\n') + 1)).toBe(3);
  });

  test('ignores what is not a block (page data is untrusted)', () => {
    expect(blocksOfModel(null)).toEqual([]);
    expect(blocksOfModel({ children: [1, 'x', { record: { id: 7 }, zoneState: { allText: 'a' } }] })).toEqual([]);
  });
});
