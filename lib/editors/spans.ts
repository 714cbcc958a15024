// Span arithmetic shared by adapters.
import type { TextSpan } from './adapter';

export function clampSpan(span: TextSpan, length: number): TextSpan {
  const start = Math.max(0, Math.min(span.start, length));
  return { start, end: Math.max(start, Math.min(span.end, length)) };
}

/** True when `after` is `before` with the span replaced by `text`. */
export function tookEffect(before: string, after: string, span: TextSpan, text: string): boolean {
  if (after === before.slice(0, span.start) + text + before.slice(span.end)) return true;
  // Editors may normalise line breaks inside multi-paragraph inserts; the flat text must match.
  const flat = (s: string) => s.replace(/\n+/g, '\n');
  return flat(after) === flat(before.slice(0, span.start) + text + before.slice(span.end));
}
