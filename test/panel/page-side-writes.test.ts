// Fixes, renumbering and templates are prepared in the panel from the text it holds; the page only
// writes them after checking the text they replace. Here the "page" is a text with the real
// checked-edit logic, so a stale or unknown request shows as a refusal.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { checkedEdits } from '../../lib/content/field-edits';
import { applyEdits } from '../../lib/fields/edits';
import { pageSideWrites } from '../../lib/panel/page-side-writes';
import { buildDocState } from '../../lib/state/doc-state';

function page(initial: string, selection: { start: number; end: number } | null = null) {
  let text = initial;
  const writes = pageSideWrites({
    current: async () => ({
      text,
      state: buildDocState({ url: 'https://example.test/', title: '', editor: null, text, result: analyze(text), version: 1 }),
    }),
    replaceRange: async ({ start, end, expected, text: value }) => {
      if (text.slice(start, end) !== expected) return { ok: false, method: 'none', messageKey: 'write.stale' };
      text = text.slice(0, start) + value + text.slice(end);
      return { ok: true, method: 'editor' };
    },
    applyEdits: async (edits) => {
      const sorted = checkedEdits(text, edits);
      if (!sorted) return { ok: false, method: 'none', messageKey: 'write.stale' };
      text = applyEdits(text, sorted);
      return { ok: true, method: 'editor', count: sorted.length };
    },
    selectionSpan: async () => selection,
  });
  return { writes, text: () => text, edit: (next: string) => (text = next) };
}

const REPORT = ['一、主要工作', '全年完成XX项。', '三、存在问题', '调研不够。', '四、下步打算', '加强学习。'].join('\n');

describe('writes the panel prepares', () => {
  it('a renumbering the findings hold is written; an edit list no finding holds is refused', async () => {
    const p = page(REPORT);
    const renumber = analyze(REPORT).findings.find((f) => f.edits?.length)!;
    expect(renumber).toBeDefined();
    expect(await p.writes.applyFixEdits([{ start: 0, end: 2, replacement: '九、' }])).toMatchObject({
      ok: false,
      messageKey: 'write.stale',
    });
    expect(await p.writes.applyFixEdits(renumber.edits!)).toMatchObject({ ok: true });
    expect(p.text()).toContain('二、存在问题');
    expect(p.text()).toContain('三、下步打算');
  });

  it('a template lands at the caret, numbered from its place', async () => {
    const text = '一、主要工作\n全年完成XX项。\n';
    const p = page(text, { start: text.length, end: text.length });
    expect(await p.writes.insertTemplate('一、存在问题\n（一）学习不够深入', true)).toMatchObject({ ok: true });
    expect(p.text()).toBe('一、主要工作\n全年完成XX项。\n二、存在问题\n（一）学习不够深入');
  });

  it('the fill preview shows each line before and after, and nothing when the edits no longer fit', async () => {
    const p = page(REPORT);
    const at = REPORT.indexOf('XX');
    const edits = [{ start: at, end: at + 2, expected: 'XX', text: '12' }];
    expect(await p.writes.previewEdits(edits)).toMatchObject([{ before: '全年完成XX项。', after: '全年完成12项。' }]);
    p.edit(REPORT.replace('XX', '8'));
    expect(await p.writes.previewEdits(edits)).toEqual([]);
  });
});
