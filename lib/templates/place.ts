// Where a template lands decides its numbers and its paragraph breaks: a section inserted after
// 四、 starts at 五、 (its （一）… stay under it), one inserted under 二、's last （二） starts at （三）;
// it fills the empty paragraph it is put in and adds a break only where the caret's paragraph
// already has text, so no empty paragraph is left behind.
import { renumberEdits } from '../analysis/renumber';
import { analyze } from '../analysis/analyze';
import type { HeadingLevel, OutlineItem } from '../analysis/types';

export interface Landing {
  /** The document's text and outline (as analysed) and the span the template replaces (the caret when collapsed). */
  text: string;
  outline: readonly OutlineItem[];
  start: number;
  end: number;
}

/** The template's text as it should be inserted at `landing`. `renumber`: section templates take their numbers from the place. */
export function placeTemplate(body: string, landing: Landing, renumber = true): string {
  let text = trimBlankLines(body.replace(/\r\n?/g, '\n'));
  if (renumber) text = renumberTop(text, landing);
  const lineStart = landing.text.lastIndexOf('\n', landing.start - 1) + 1;
  const nextBreak = landing.text.indexOf('\n', landing.end);
  const lineEnd = nextBreak < 0 ? landing.text.length : nextBreak;
  const before = landing.text.slice(lineStart, landing.start).trim() ? '\n' : '';
  const after = landing.text.slice(landing.end, lineEnd).trim() ? '\n' : '';
  return before + text + after;
}

/** The number the template's top level starts at when it lands after `offset`. */
export function firstNumberAt(outline: readonly OutlineItem[], offset: number, level: Exclude<HeadingLevel, 'enum'>): number {
  for (let i = outline.length - 1; i >= 0; i--) {
    const item = outline[i];
    if (item.start >= offset || item.level === 'enum' || item.level > level) continue;
    // The last heading of the same level before the caret is the previous sibling; a higher
    // level one is the new parent, under which numbering starts again.
    return item.level === level ? item.ordinal + 1 : 1;
  }
  return 1;
}

function renumberTop(text: string, landing: Landing): string {
  const headings = analyze(text).outline.filter((item) => item.level !== 'enum');
  if (!headings.length) return text;
  const top = Math.min(...headings.map((h) => h.level as number)) as Exclude<HeadingLevel, 'enum'>;
  const tops = headings.filter((h) => h.level === top && h.parent === null);
  const edits = renumberEdits(tops, firstNumberAt(landing.outline, landing.start, top)) ?? [];
  let out = text;
  for (const edit of [...edits].reverse()) out = out.slice(0, edit.start) + edit.replacement + out.slice(edit.end);
  return out;
}

function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t\u3000]*\n)+/, '').replace(/(?:\n[ \t\u3000]*)+$/, '');
}
