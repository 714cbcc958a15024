// The engine works line by line: every line is scanned on its own (scanLine), and the
// whole-document result is assembled from the per-line scans (assemble.ts). That split is
// what makes the incremental analyser exact: re-scanning the edited lines and assembling
// again gives the same result as analysing the whole text. A scan knows where its line was
// (offset and index) and builds its placeholders there, so that assembling a fresh analysis
// copies none of them; a line that has moved since gets shifted copies.
import type { BoilerplateReason, Finding, HeadingLevel, Placeholder, PlaceholderKind } from './types';

/** Offsets in every Line* type are relative to the start of the line. */
export interface LinePlaceholder {
  start: number;
  end: number;
  text: string;
  kind: PlaceholderKind;
  label?: string;
}

export interface LineHeading {
  level: HeadingLevel;
  marker: string;
  title: string;
  start: number;
  end: number;
  ordinal: number;
  runOn: boolean;
}

export interface LineScan {
  /** The line's blanks as document placeholders, for a line at offset `base` with index `line`. */
  placeholders: readonly Placeholder[];
  /** Where the line was when it was scanned: its placeholders hold offsets and index for this place. */
  base: number;
  line: number;
  headings: readonly LineHeading[];
  boilerplate: BoilerplateReason | null;
  /** In document order (by start, end and rule). */
  findings: readonly Finding[];
  /** Non-whitespace characters in the line. */
  chars: number;
}
