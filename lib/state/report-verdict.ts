// Whether the text looks like a formal report: the engine's score, in the shape the state carries.
import { isReport, reportScore } from '../analysis/report-score';
import type { AnalysisResult } from '../analysis/types';

export interface ReportVerdict {
  reportScore: number;
  isReport: boolean;
}

export function judgeReport(text: string, result: AnalysisResult): ReportVerdict {
  const score = reportScore(result, text);
  return { reportScore: score, isReport: isReport(score) };
}
