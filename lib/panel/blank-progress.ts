// "已填 12 / 40" that never goes backwards. The count of filled fields only grows: a field that
// comes back (undo) or a template that brings new blanks raises the total instead.
export interface BlankProgress {
  filled: number;
  total: number;
}

/**
 * The next progress after the document shows `current` open fields. `previous` is what the
 * session showed before (or the stored first-seen total as `{filled: total - current, total}`).
 */
export function nextProgress(previous: BlankProgress | undefined, current: number): BlankProgress {
  if (!previous) return { filled: 0, total: current };
  const filled = Math.max(previous.filled, previous.total - current, 0);
  return { filled, total: filled + current };
}

/**
 * After the user undid `count` fills: fewer filled, and the total as it was, whether or not the
 * page's new state (with those fields open again) has arrived yet.
 */
export function retractProgress(p: BlankProgress, count: number): BlankProgress {
  const filled = Math.max(0, p.filled - count);
  return { filled, total: Math.max(filled, p.total - count) };
}

/** Progress from a stored first-seen total alone (a new panel session on a known document). */
export function blankProgress(firstSeen: number | undefined, current: number): BlankProgress {
  const total = Math.max(firstSeen ?? current, current);
  return { filled: total - current, total };
}

/** Where the first-seen total of each document is kept (the library's per-document state). */
export interface BlankTotalStore {
  get(url: string): Promise<number | undefined>;
  set(url: string, total: number): Promise<void>;
}
