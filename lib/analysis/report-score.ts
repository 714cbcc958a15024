// How strongly a text looks like a formal Chinese report, from 0 to 1, so the extension only
// speaks up on pages where someone is writing one. Four signs, weighed:
// - structure (0.4): headings in the 一、/（一） style, several levels, numbering that starts at one;
//   Arabic-only lists (1. 2.) count half, since chats and notes use them too;
// - wording (0.4): the frame of a report (述职如下, 存在的问题, 特此报告 …) and formal vocabulary;
// - blanks (0.1): a template still full of XX is a report being written;
// - length (0.1).
// The sum is scaled down when the text is not mostly Chinese (an English article scores near 0).
import { FORMAL_WORDS, REPORT_FRAME_PHRASES, TRADITIONAL_TO_SIMPLIFIED } from './data/report-phrases';
import type { AnalysisResult, OutlineItem } from './types';

/** Scores at or above this are treated as reports. */
export const REPORT_THRESHOLD = 0.5;

// Only the beginning is read for wording: enough for any report's frame, bounded for huge pages.
const MAX_SCANNED_CHARS = 200_000;

export function reportScore(result: AnalysisResult, text: string): number {
  // Callers written before this module existed pass (text, result); accept both orders rather than
  // throw in the middle of a check.
  if (typeof result === 'string' && typeof text === 'object' && text !== null) {
    [result, text] = [text as unknown as AnalysisResult, result as unknown as string];
  }
  if (typeof text !== 'string' || !result?.outline) return 0;
  const sample = text.length > MAX_SCANNED_CHARS ? text.slice(0, MAX_SCANNED_CHARS) : text;
  const normalized = normalizeForPhrases(sample);
  const chinese = chineseShare(normalized);
  if (chinese === 0) return 0;
  const raw =
    0.4 * structureScore(result.outline) +
    0.4 * wordingScore(normalized) +
    0.1 * Math.min(1, result.placeholders.length / 3) +
    0.1 * Math.min(1, result.stats.chars / 400);
  const score = raw * Math.min(1, chinese / 0.5);
  return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
}

export function isReport(score: number): boolean {
  return score >= REPORT_THRESHOLD;
}

function structureScore(outline: readonly OutlineItem[]): number {
  const headings = outline.filter((h) => h.level !== 'enum');
  if (headings.length === 0) {
    const enumerations = outline.length;
    return enumerations >= 2 ? 0.2 : 0;
  }
  const levels = new Set(headings.map((h) => h.level));
  const startsAtOne = headings.some((h) => h.ordinal === 1) && headings.some((h) => h.ordinal === 2);
  let score = 0.6 * Math.min(1, headings.length / 4) + (levels.size >= 2 ? 0.2 : 0) + (startsAtOne ? 0.2 : 0);
  if (!levels.has(1) && !levels.has(2)) score *= 0.5;
  return score;
}

function wordingScore(text: string): number {
  const frame = countPresent(text, REPORT_FRAME_PHRASES);
  const formal = countPresent(text, FORMAL_WORDS);
  return 0.7 * Math.min(1, frame / 3) + 0.3 * Math.min(1, formal / 6);
}

function countPresent(text: string, phrases: readonly string[]): number {
  let n = 0;
  for (const p of phrases) if (text.includes(p)) n++;
  return n;
}

/** Share of Chinese characters among the visible ones. */
function chineseShare(text: string): number {
  let han = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000 || c === 0xa0 || c === 0xfeff) continue;
    visible++;
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) han++;
  }
  return visible === 0 ? 0 : han / visible;
}

/** Drops the pinyin of scraped text (學(xué) → 學) and maps the Traditional characters the phrases use. */
function normalizeForPhrases(text: string): string {
  return text.replace(/[(（][a-zA-Z\u00c0-\u024f]{1,8}[)）]/g, '').replace(/[\u3400-\u9fff]/g, (ch) => TRADITIONAL_TO_SIMPLIFIED[ch] ?? ch);
}
