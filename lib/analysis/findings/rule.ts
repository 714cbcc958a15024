import type { Finding, OutlineItem } from '../types';
import type { LineHeading } from '../line-scan';
import type { TriggerSet } from '../line-triggers';

/** A rule that looks at one line at a time. Offsets in its findings are relative to the line. */
export interface LineRule {
  id: string;
  /**
   * What a line must hold for this rule to find anything there (characters or words). The line scan
   * notes them in its one pass over the line and skips the rule on other lines; none: always run.
   */
  triggers?: TriggerSet;
  /** Looks only at the line's headings: skipped on lines without any. */
  headingsOnly?: boolean;
  checkLine(line: string, context: LineContext): readonly Finding[];
}

/** What a line rule is given besides the line. */
export interface LineContext {
  /** The line's headings and enumerations. */
  headings: readonly LineHeading[];
  /**
   * The string the line pass read, which holds the line at `offset`: the analysed text. A rule that
   * walks every character reads them there, as the line pass does: a flat text reads faster than the
   * sliced strings split() makes of it (the half-width rule over the lines of a pinyin-annotated
   * report at 100k: 0.61 → 0.47 ms). Without it, the line itself at 0.
   */
  text?: string;
  offset?: number;
}

/** A rule over the whole outline (numbering sequences, level order). Absolute offsets. */
export interface OutlineRule {
  id: string;
  checkOutline(outline: OutlineItem[]): Finding[];
}

/** What a rule returns when it finds nothing: one shared, frozen array, as most lines find nothing. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** A finding with its message in both languages; `fix` only when the correction is certain. */
export function finding(
  rule: string,
  severity: Finding['severity'],
  start: number,
  end: number,
  zh: string,
  en: string,
  fix?: Finding['fix'],
): Finding {
  return findingWithMessage(rule, severity, start, end, { zh, en }, fix);
}

/**
 * A finding whose message is shared with others of the same text (a rule that finds the same thing
 * many times builds its message once): pass a frozen message. Nothing changes a finding's message;
 * the frozen object keeps it so.
 */
export function findingWithMessage(
  rule: string,
  severity: Finding['severity'],
  start: number,
  end: number,
  message: Finding['message'],
  fix?: Finding['fix'],
): Finding {
  const out: Finding = { rule, severity, start, end, message };
  if (fix) out.fix = fix;
  return out;
}

/** A message to share between findings (findingWithMessage). */
export function sharedMessage(zh: string, en: string): Finding['message'] {
  return Object.freeze({ zh, en });
}

/**
 * Outline rules stop after this many findings: nobody fixes more by hand, and a pasted list of a
 * hundred thousand identical headings must not produce a hundred thousand messages.
 */
export const MAX_OUTLINE_FINDINGS_PER_RULE = 1000;

/** Document order of findings: by start, end and rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** Whether `findings` are in document order already. */
export function inDocumentOrder(findings: readonly Finding[]): boolean {
  for (let k = 1; k < findings.length; k++) if (compareFindings(findings[k - 1], findings[k]) > 0) return false;
  return true;
}
