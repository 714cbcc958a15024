import { AD_TRIGGERS, boilerplateReason } from './boilerplate';
import { lineRules } from './findings';
import { compareFindings, inDocumentOrder, type LineContext, NO_FINDINGS } from './findings/rule';
import type { LineHeading, LineScan } from './line-scan';
import { contentRange } from './junk';
import { lineTriggers } from './line-triggers';
import { ENUMERATION_ANCHORS, headingsAt } from './outline';
import { PLACEHOLDER_STARTS, placeholdersAt } from './placeholders';
import type { Finding, Placeholder } from './types';

const BOM = 0xfeff;
const CR = 0x0d;

const NO_HEADINGS: readonly LineHeading[] = Object.freeze([]);
const NO_PLACEHOLDERS: readonly Placeholder[] = Object.freeze([]);
/** What the line rules are given: one object for every line (no rule keeps it). */
const RULE_CONTEXT: LineContext = { headings: NO_HEADINGS, text: '', offset: 0 };

/** The scan of every blank line, shared: reports have many, and it is never modified. */
const BLANK_LINE_SCAN: LineScan = Object.freeze({
  placeholders: NO_PLACEHOLDERS,
  base: 0,
  line: 0,
  headings: NO_HEADINGS,
  boilerplate: null,
  findings: NO_FINDINGS,
  chars: 0,
});

export { countChars } from './line-content';

// The one pass over each line: its whitespace, and which of the advert rules and line rules can match.
/** Exported for a test: every scanner with triggers must get a bit (0 means it runs on every line). */
export const TRIGGERS = lineTriggers([AD_TRIGGERS, ...lineRules.map((rule) => rule.triggers)], PLACEHOLDER_STARTS, ENUMERATION_ANCHORS);
const AD_BIT = TRIGGERS.bits[0];
const RULE_BITS = TRIGGERS.bits.slice(1);
const HEADINGS_ONLY = lineRules.map((rule) => rule.headingsOnly === true);

/**
 * Scans one line (without its '\n'). A trailing '\r' is ignored by every scanner, and so is a
 * leading BOM, so that a heading on the first line of a BOM-prefixed file is still at line start;
 * offsets in the result stay relative to the raw line. `text`, when given, is the text the line was
 * split from (the line starts at `base` in it): the line pass reads the characters there, because a
 * flat string reads faster than the sliced strings split() makes of it (the 100k bench report's line
 * pass: 0.34 ms over its lines, 0.28 ms over the text made flat; a text that is itself a slice of a
 * larger string reads no faster than its lines).
 */
export function scanLine(rawLine: string, base = 0, lineIndex = 0, text?: string): LineScan {
  if (rawLine.length === 0) return BLANK_LINE_SCAN;
  if (text === undefined) return scanned(rawLine, 0, rawLine.length, TRIGGERS.scan(rawLine), base, lineIndex);
  return scanned(text, base, rawLine.length, TRIGGERS.scan(text, base, base + rawLine.length), base, lineIndex);
}

/**
 * Scans the line of `text` that starts at `base`, as scanLine scans it; the line pass finds its end
 * (TRIGGERS.end: its '\n' or the end of the text), so that a whole text is scanned without split().
 * TRIGGERS.end still holds this line's end when this returns: nothing in `scanned` runs the pass.
 */
export function scanTextLine(text: string, base: number, lineIndex: number): LineScan {
  const pass = TRIGGERS.scan(text, base);
  return scanned(text, base, TRIGGERS.end - base, pass, base, lineIndex);
}

/**
 * The scan of the raw line s[from, from + length), from what the line pass found there. The pass
 * reads the BOM and CR with the line (both are whitespace and no trigger word holds them), so only
 * the scanners' string leaves them out.
 */
function scanned(s: string, from: number, length: number, pass: number, base: number, lineIndex: number): LineScan {
  const seen = pass & 0xffff;
  const chars = length - (pass - seen) / 0x10000;
  if (chars === 0) return BLANK_LINE_SCAN;
  // The line holds more than whitespace, so its first and last characters are two.
  const bom = s.charCodeAt(from) === BOM ? 1 : 0;
  const cr = s.charCodeAt(from + length - 1) === CR ? 1 : 0;
  const whole = from === 0 && length === s.length && bom + cr === 0 ? s : s.slice(from + bom, from + length - cr);
  // Where `whole` starts in the string the line pass read: its positions are offsets there.
  const origin = from + bom;
  // Anti-copy junk and glued watermarks are left out: the scanners see only the text between.
  // The advert bit also covers the site watermarks (their words are among AD_TRIGGERS).
  const mayBeAdvert = AD_BIT === 0 || (seen & AD_BIT) !== 0;
  const range = contentRange(whole, mayBeAdvert);
  if (range === 'all')
    return {
      placeholders: NO_PLACEHOLDERS,
      base,
      line: lineIndex,
      headings: NO_HEADINGS,
      boilerplate: 'junk',
      findings: NO_FINDINGS,
      chars,
    };
  const line = range ? whole.slice(range.from, range.to) : whole;
  const skip = bom + (range ? range.from : 0);
  const boilerplate = boilerplateReason(line, mayBeAdvert);
  if (boilerplate !== null)
    return { placeholders: NO_PLACEHOLDERS, base, line: lineIndex, headings: NO_HEADINGS, boilerplate, findings: NO_FINDINGS, chars };
  // Both from the positions the line pass recorded, where `line` starts at origin + range.from.
  const shift = origin + (range ? range.from : 0);
  // Most lines of pasted text hold no blank's first character: no call, no empty array of their own.
  const placeholders =
    TRIGGERS.positionCount === 0
      ? NO_PLACEHOLDERS
      : placeholdersAt(line, TRIGGERS.positions, TRIGGERS.positionCount, shift, base + skip, lineIndex);
  const headings = headingsAt(line, TRIGGERS.anchors, TRIGGERS.anchorCount, shift);
  let found: Finding[] | null = null;
  RULE_CONTEXT.headings = headings;
  // The rules may read `line` where the line pass read it: at `shift` in `s`.
  RULE_CONTEXT.text = s;
  RULE_CONTEXT.offset = shift;
  for (let k = 0; k < lineRules.length; k++) {
    // A rule's trigger seen anywhere in the raw line, junk included: a cheap superset of `line`.
    const bit = RULE_BITS[k];
    if (bit !== 0 && (seen & bit) === 0) continue;
    if (HEADINGS_ONLY[k] && headings.length === 0) continue;
    const more = lineRules[k].checkLine(line, RULE_CONTEXT);
    if (more.length === 0) continue;
    found ??= [];
    for (let j = 0; j < more.length; j++) found.push(more[j]);
  }
  RULE_CONTEXT.headings = NO_HEADINGS;
  RULE_CONTEXT.text = '';
  // In document order (a stable sort, as assemble expects): each rule's come in order, but the rules
  // come one after another, and a long pasted paragraph can hold thousands of findings of several.
  if (found !== null && !inDocumentOrder(found)) found.sort(compareFindings);
  const findings = found ?? NO_FINDINGS;
  if (skip === 0) return { placeholders, base, line: lineIndex, headings, boilerplate: null, findings, chars };
  return {
    placeholders,
    base,
    line: lineIndex,
    headings: headings.map((h) => shiftHeading(h, skip)),
    boilerplate: null,
    findings: findings.map((f) => shiftFinding(f, skip)),
    chars,
  };
}

function shiftHeading(h: LineHeading, by: number): LineHeading {
  return { ...h, start: h.start + by, end: h.end + by };
}

export function shiftFinding(f: Finding, by: number): Finding {
  const out: Finding = { ...f, start: f.start + by, end: f.end + by };
  if (f.fix) out.fix = { ...f.fix, start: f.fix.start + by, end: f.fix.end + by };
  return out;
}
