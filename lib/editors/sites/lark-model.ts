// The text of a 飞书 / Lark docx as the engine sees it: one line per block that holds text, in
// document order. Shared by the page-world bridge (which reads the block model) and the adapter.
import { lastIndexWhere } from '../../sorted-search';

export interface LarkBlockText {
  /** The block's record id (stable across renders; what PageMain locates by). */
  id: string;
  type: string;
  text: string;
}

export interface LarkLine extends LarkBlockText {
  /** Offset of the line in the joined text. */
  start: number;
}

export interface LarkText {
  text: string;
  lines: LarkLine[];
}

export function joinBlocks(blocks: readonly LarkBlockText[]): LarkText {
  const lines: LarkLine[] = [];
  let start = 0;
  for (const block of blocks) {
    lines.push({ ...block, start });
    start += block.text.length + 1;
  }
  return { text: blocks.map((b) => b.text).join('\n'), lines };
}

/** The line holding offset p (the last line starting at or before it). */
export function lineAt(lines: readonly LarkLine[], p: number): number {
  return lastIndexWhere(lines.length, (i) => lines[i].start <= p);
}

interface BlockLike {
  type?: unknown;
  record?: { id?: unknown };
  zoneState?: { allText?: unknown };
  children?: unknown;
}

/** Walks a block model tree (page first, children after their parent): blocks with text only. */
export function blocksOfModel(root: unknown, limit = 100_000): LarkBlockText[] {
  const out: LarkBlockText[] = [];
  const stack: unknown[] = [root];
  while (stack.length && out.length < limit) {
    const block = stack.pop() as BlockLike | null;
    if (!block || typeof block !== 'object') continue;
    const all = block.zoneState?.allText;
    const id = block.record?.id;
    if (typeof all === 'string' && typeof id === 'string') {
      out.push({ id, type: String(block.type ?? ''), text: all.endsWith('\n') ? all.slice(0, -1) : all });
    }
    const children = Array.isArray(block.children) ? block.children : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}
