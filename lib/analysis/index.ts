export { analyze, splitLines } from './analyze';
export { clean } from './clean';
export { createIncrementalAnalyzer } from './incremental';
export type { IncrementalAnalyzer } from './incremental';
export * from './types';
