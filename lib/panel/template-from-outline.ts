// "Make a template from this document": its headings kept, each section's body left as a blank.
import type { OutlineItem } from '../analysis/types';

export const SECTION_BLANK = 'XX。';

export function templateFromOutline(outline: OutlineItem[], title = ''): string {
  const headings = outline.filter((o) => o.level !== 'enum');
  const hasChild = new Set(headings.map((o) => o.parent).filter((p): p is number => p !== null));
  const lines: string[] = title ? [title, ''] : [];
  outline.forEach((item, index) => {
    if (item.level === 'enum') return;
    lines.push(item.marker + item.title);
    if (!hasChild.has(index)) lines.push(SECTION_BLANK);
  });
  return lines.join('\n');
}
