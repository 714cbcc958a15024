import type { Finding, OutlineItem } from '../types';
import type { LineHeading, LinePlaceholder } from '../line-scan';

/** A rule that looks at one line at a time. Offsets in its findings are relative to the line. */
export interface LineRule {
  id: string;
  checkLine(line: string, context: { headings: LineHeading[]; placeholders: LinePlaceholder[] }): Finding[];
}

/** A rule over the whole outline (numbering sequences, level order). Absolute offsets. */
export interface OutlineRule {
  id: string;
  checkOutline(outline: OutlineItem[]): Finding[];
}
