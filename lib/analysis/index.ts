// The engine's public surface: pure functions over text, no DOM or browser API.
export { analyze, splitLines } from './analyze';
export { clean } from './clean';
export { createIncrementalAnalyzer } from './incremental';
export type { IncrementalAnalyzer } from './incremental';
export { isReport, reportScore } from './report-score';
export * from './types';
