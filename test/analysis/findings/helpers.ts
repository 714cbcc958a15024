import { analyze } from '../../../lib/analysis/analyze';
import type { Finding } from '../../../lib/analysis/types';

/** The findings of one rule over a whole text, as the panel would get them. */
export function findingsOf(text: string, rule: string): Finding[] {
  return analyze(text).findings.filter((f) => f.rule === rule);
}

/** The text with one finding's fix applied. */
export function applyFix(text: string, f: Finding): string {
  if (!f.fix) throw new Error(`finding ${f.rule} has no fix`);
  return text.slice(0, f.fix.start) + f.fix.replacement + text.slice(f.fix.end);
}

/** What the finding points at. */
export function flagged(text: string, f: Finding): string {
  return text.slice(f.start, f.end);
}
