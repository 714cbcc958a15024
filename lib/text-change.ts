// One replacement that turns a text into another: how a frame tells the panel what changed.

export interface TextSpanChange {
  start: number;
  end: number;
  text: string;
}

/** Characters compared at once by string equality (native and ~20× faster than a charCodeAt loop on 1 MB). */
const BLOCK = 1024;

/** The smallest single replacement turning `before` into `after` (common prefix and suffix kept). */
export function diffText(before: string, after: string): TextSpanChange {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + BLOCK <= max && before.slice(prefix, prefix + BLOCK) === after.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const room = max - prefix;
  let suffix = 0;
  while (
    suffix + BLOCK <= room &&
    before.slice(before.length - suffix - BLOCK, before.length - suffix) ===
      after.slice(after.length - suffix - BLOCK, after.length - suffix)
  )
    suffix += BLOCK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

/** The text after the change, or null when the change does not fit it. */
export function applyChange(text: string, change: TextSpanChange): string | null {
  const { start, end } = change ?? {};
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return null;
  if (typeof change.text !== 'string') return null;
  return text.slice(0, start) + change.text + text.slice(end);
}
