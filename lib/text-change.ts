// What changed between two versions of a text, found once per new text (one prefix and one suffix
// compare) and read in the two shapes its users need: the common ends (range reuse) and the one
// replacement that turns the old text into the new (the blank scanner, the report to the panel).

/** What changed between two texts: the longest common prefix and (independently) suffix. */
export interface TextChange {
  /** Characters the texts share at the start. */
  prefix: number;
  /** Characters the texts share at the end (at most the shorter length; may overlap the prefix). */
  suffix: number;
  /** New length minus old length. */
  delta: number;
  oldLength: number;
}

export interface TextSpanChange {
  start: number;
  end: number;
  text: string;
}

/** Characters compared at once by string equality (native and ~20× faster than a charCodeAt loop on 1 MB). */
const BLOCK = 1024;

export function textChange(before: string, after: string): TextChange {
  // Equal texts (a repaint for a caret move): one native compare instead of two walks.
  if (before === after) return { prefix: before.length, suffix: before.length, delta: 0, oldLength: before.length };
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + BLOCK <= shorter && before.slice(prefix, prefix + BLOCK) === after.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix + BLOCK <= shorter &&
    before.slice(before.length - suffix - BLOCK, before.length - suffix) ===
      after.slice(after.length - suffix - BLOCK, after.length - suffix)
  )
    suffix += BLOCK;
  while (suffix < shorter && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, suffix, delta: after.length - before.length, oldLength: before.length };
}

/** The smallest single replacement a change makes (common prefix kept first, then what is left of the suffix). */
export function spanChange(change: TextChange, after: string): TextSpanChange {
  const shorter = Math.min(change.oldLength, after.length);
  const suffix = Math.min(change.suffix, shorter - change.prefix);
  return { start: change.prefix, end: change.oldLength - suffix, text: after.slice(change.prefix, after.length - suffix) };
}

/** The smallest single replacement turning `before` into `after` (common prefix and suffix kept). */
export function diffText(before: string, after: string): TextSpanChange {
  return spanChange(textChange(before, after), after);
}

/** The text after the change, or null when the change does not fit it. */
export function applyChange(text: string, change: TextSpanChange): string | null {
  const { start, end } = change ?? {};
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return null;
  if (typeof change.text !== 'string') return null;
  return text.slice(0, start) + change.text + text.slice(end);
}
