import { scanLines, splitLines } from './analyze';
import { assemble } from './assemble';
import type { LineScan } from './line-scan';
import type { AnalysisResult, Edit } from './types';
import { lineIndexAt } from '../sorted-search';

export interface IncrementalAnalyzer {
  readonly text: string;
  readonly result: AnalysisResult;
  /** Applies one edit (offsets into the current text) and returns what analyze(newText) would. */
  apply(edit: Edit): AnalysisResult;
  /** Replaces the whole text, re-scanning only the lines that differ (for editors that report no edit). */
  update(newText: string): AnalysisResult;
}

export function createIncrementalAnalyzer(initial: string): IncrementalAnalyzer {
  const initialText = typeof initial === 'string' ? initial : '';
  // The text is kept as its lines; the joined string is built only when asked for, so a keystroke
  // costs no copy of the whole document.
  let textCache: string | null = initialText;
  let textLength = initialText.length;
  let { lines, lineStarts } = splitLines(initialText);
  let scans: LineScan[] = scanLines(lines, lineStarts, 0, initialText);
  let result = assemble({ lines, lineStarts, scans });

  function lineAt(offset: number): number {
    return lineIndexAt(lineStarts, offset);
  }

  function apply(edit: Edit): AnalysisResult {
    const start = clamp(edit.start, 0, textLength);
    const end = clamp(edit.end, start, textLength);
    const replacement = typeof edit.replacement === 'string' ? edit.replacement : '';
    const first = lineAt(start);
    const last = lineAt(end);
    const regionStart = lineStarts[first];
    const regionEnd = lineStarts[last] + lines[last].length; // before that line's '\n'
    const newRegion = lines[first].slice(0, start - regionStart) + replacement + lines[last].slice(end - lineStarts[last]);
    textCache = null;
    const newLines = newRegion.split('\n');
    // concat, not splice(...spread): a paste of many thousand lines would overflow the call stack.
    const delta = newRegion.length - (regionEnd - regionStart);
    textLength += delta;
    const newStarts = new Array<number>(newLines.length);
    let offset = regionStart;
    for (let i = 0; i < newLines.length; i++) {
      newStarts[i] = offset;
      offset += newLines[i].length + 1;
    }
    lines = lines.slice(0, first).concat(newLines, lines.slice(last + 1));
    scans = scans.slice(0, first).concat(scanLines(newLines, newStarts, first), scans.slice(last + 1));
    const tail = lineStarts.slice(last + 1);
    for (let i = 0; i < tail.length; i++) tail[i] += delta;
    lineStarts = lineStarts.slice(0, first).concat(newStarts, tail);
    result = assemble({ lines, lineStarts, scans, unchanged: { result, lines: first } });
    return result;
  }

  function currentText(): string {
    if (textCache === null) textCache = lines.join('\n');
    return textCache;
  }

  function update(next: string): AnalysisResult {
    const newText = typeof next === 'string' ? next : '';
    const text = currentText();
    if (newText === text) return result;
    // The smallest edit that turns text into newText: common prefix and suffix.
    const max = Math.min(text.length, newText.length);
    let prefix = 0;
    while (prefix < max && text.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < max - prefix && text.charCodeAt(text.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    apply({ start: prefix, end: text.length - suffix, replacement: newText.slice(prefix, newText.length - suffix) });
    textCache = newText;
    return result;
  }

  return {
    get text() {
      return currentText();
    },
    get result() {
      return result;
    },
    apply,
    update,
  };
}

/** An integer offset within [min, max]; NaN and other non-numbers count as min. */
function clamp(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return value === Infinity ? max : min;
  return Math.max(min, Math.min(Math.trunc(value), max));
}
