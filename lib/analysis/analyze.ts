import { assemble } from './assemble';
import { scanLine } from './scan-line';
import type { AnalysisResult } from './types';

export function splitLines(text: string): { lines: string[]; lineStarts: number[] } {
  const lines = text.split('\n');
  const lineStarts = new Array<number>(lines.length);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    lineStarts[i] = offset;
    offset += lines[i].length + 1;
  }
  return { lines, lineStarts };
}

export function analyze(text: string): AnalysisResult {
  // Text arrives through messages from pages; anything but a string is analysed as empty.
  const { lines, lineStarts } = splitLines(typeof text === 'string' ? text : '');
  return assemble(lines, lineStarts, lines.map(scanLine));
}
