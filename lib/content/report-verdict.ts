// Whether the text looks like a formal report, until the engine's own score (report-score.ts)
// is available: headings of the 一、/（一） kind plus the words such reports are made of.
import type { AnalysisResult } from '../analysis/types';

const REPORT_WORDS = /述职|总结|报告|汇报|工作情况|履职|党建|下步打算|存在的问题/g;

export interface ReportVerdict {
  reportScore: number;
  isReport: boolean;
}

export function judgeReport(text: string, result: AnalysisResult): ReportVerdict {
  const headings = result.outline.filter((item) => item.level !== 'enum').length;
  const head = text.slice(0, 4000);
  const words = Math.min(4, head.match(REPORT_WORDS)?.length ?? 0);
  const score = Math.min(1, Math.min(headings, 5) * 0.12 + words * 0.1);
  return { reportScore: Math.round(score * 100) / 100, isReport: score >= 0.5 };
}
