// The engine works line by line: every line is scanned on its own (scanLine), and the
// whole-document result is assembled from the per-line scans (assemble.ts). That split is
// what makes the incremental analyser exact: re-scanning the edited lines and assembling
// again gives the same result as analysing the whole text.
import type { BoilerplateReason, Finding, HeadingLevel, PlaceholderKind } from './types';

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
  placeholders: LinePlaceholder[];
  headings: LineHeading[];
  boilerplate: BoilerplateReason | null;
  findings: Finding[];
  /** Non-whitespace characters in the line. */
  chars: number;
}
