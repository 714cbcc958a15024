// Turns a finished report into a reusable template: the heading hierarchy with its titles stays,
// body text becomes a blank to fill.
import type { OutlineItem } from '../analysis/types';

export const BODY_BLANK = 'XXXXXX。';

function hasBody(lines: string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lines[i].trim()) return true;
  return false;
}

/**
 * `outline` must come from `analyze(text)`. Inline enumerations (一是、二是) count as body text.
 * Without the text (the side panel holds only the outline), every heading without subheadings is
 * taken to have a body.
 */
export function templateFromOutline(outline: readonly OutlineItem[], text?: string): string {
  if (text === undefined) return fromOutlineOnly(outline);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const headings = outline.filter((item) => item.level !== 'enum').sort((a, b) => a.line - b.line);
  const out: string[] = [];
  if (headings.length === 0) return hasBody(lines, 0, lines.length) ? BODY_BLANK : '';

  if (hasBody(lines, 0, headings[0].line)) out.push(BODY_BLANK, '');
  headings.forEach((item, i) => {
    const nextLine = i + 1 < headings.length ? headings[i + 1].line : lines.length;
    out.push(`${item.marker}${item.title}`);
    if (item.runOn || hasBody(lines, item.line + 1, nextLine)) out.push(BODY_BLANK);
  });
  return out.join('\n');
}

function fromOutlineOnly(outline: readonly OutlineItem[]): string {
  const hasSubheading = new Set(outline.filter((o) => o.level !== 'enum').map((o) => o.parent));
  const out: string[] = [];
  outline.forEach((item, index) => {
    if (item.level === 'enum') return;
    out.push(`${item.marker}${item.title}`);
    if (item.runOn || !hasSubheading.has(index)) out.push(BODY_BLANK);
  });
  return out.join('\n');
}
