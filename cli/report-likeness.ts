// Whether a text is a report at all, so `check` can refuse a shopping list with exit code 2.
// Uses reportScore from the engine once it exists; until then a small stand-in heuristic.
import type { AnalysisResult } from '../lib/analysis/types';

type ReportScore = (text: string, result: AnalysisResult) => unknown;

let scorer: ReportScore | null | undefined;

async function loadScorer(): Promise<ReportScore | null> {
  if (scorer !== undefined) return scorer;
  // A computed specifier: the module is written by another engineer and may not exist yet.
  const specifier = '../lib/analysis/report-score';
  try {
    const mod = (await import(/* @vite-ignore */ specifier)) as { reportScore?: ReportScore };
    scorer = typeof mod.reportScore === 'function' ? mod.reportScore : null;
  } catch {
    scorer = null;
  }
  return scorer;
}

/** Reads whatever reportScore returns: a boolean, a 0–1 number, or an object with isReport/score. */
function interpret(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value >= 0.5;
  if (value && typeof value === 'object') {
    const v = value as { isReport?: unknown; score?: unknown };
    if (typeof v.isReport === 'boolean') return v.isReport;
    if (typeof v.score === 'number') return v.score >= 0.5;
  }
  return null;
}

const REPORT_WORDS = /报告|報告|总结|總結|述职|述職|汇报|匯報|工作|情况|情況|党建|黨建|党支部|黨支部|如下|成效|问题|問題|打算|计划|計劃|做法|评议|評議|领导|領導/g;
// Scraped text with pinyin after every character: 工(gōng)作(zuò) → 工作, so the words can be found.
const PINYIN = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\)/g;

function looksLikeReport(text: string, result: AnalysisResult): boolean {
  const words = new Set(text.replace(PINYIN, '').match(REPORT_WORDS) ?? []).size;
  const structure = result.outline.length + Math.min(result.placeholders.length, 3);
  return words >= 3 || structure >= 3 || (words >= 1 && structure >= 2);
}

export async function isReport(text: string, result: AnalysisResult): Promise<boolean> {
  const score = await loadScorer();
  if (score) {
    const verdict = interpret(score(text, result));
    if (verdict !== null) return verdict;
  }
  return looksLikeReport(text, result);
}
