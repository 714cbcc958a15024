import { assemble } from './assemble';
import type { LineScan } from './line-scan';
import { scanLine } from './scan-line';
import type { AnalysisResult } from './types';

import { splitLines } from './split-lines';

export { splitLines };

/**
 * Scans of `lines`, which start at `lineStarts` and are lines `first`, `first + 1` … of the text;
 * `text` the text itself, when the lines were split from it (scanLine reads it faster).
 */
export function scanLines(lines: readonly string[], lineStarts: readonly number[], first: number, text?: string): LineScan[] {
  const scans = new Array<LineScan>(lines.length);
  for (let i = 0; i < lines.length; i++) scans[i] = scanLine(lines[i], lineStarts[i], first + i, text);
  return scans;
}

export function analyze(text: string): AnalysisResult {
  // Text arrives through messages from pages; anything but a string is analysed as empty.
  return assemble({ text: typeof text === 'string' ? text : '' });
}
