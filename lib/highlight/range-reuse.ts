// Which painted Ranges can stay when the text changes. A DOM Range is live: an edit made in place
// moves it with its characters, so a blank away from the edit keeps its Range and only the blanks
// around the edit need new ones. Pure: text and blanks in, a plan out (no DOM here).
import type { TextChange } from '../text-change';
import type { BlankMark } from './renderer';

/**
 * Where an old blank is after the change, or null when that cannot be told from the texts alone.
 * The characters the editor really left alone are a prefix of at most `prefix` and a suffix of at
 * most `suffix` characters; a blank that fits only the prefix stays put, one that fits only the
 * suffix moves by `delta`. One that fits both (an edit next to repeated text, "XX " typed before
 * "XX ") or neither (inside the edit) is ambiguous: it gets a new Range.
 */
export function shiftedStart(blank: BlankMark, change: TextChange): number | null {
  const inPrefix = blank.end <= change.prefix;
  const inSuffix = blank.start >= change.oldLength - change.suffix;
  if (inPrefix === inSuffix) return null;
  return inPrefix ? blank.start : blank.start + change.delta;
}

/** True when each blank's own text is at its offsets: the blanks belong to this text. */
export function blanksFitText(blanks: readonly BlankMark[], text: string): boolean {
  for (const blank of blanks) if (blank.text === undefined || !text.startsWith(blank.text, blank.start)) return false;
  return true;
}

export interface ReusePlan {
  /** For each new blank, the index of the old blank whose Range it can take, or -1 for a new Range. */
  from: Int32Array;
  /** Old blanks whose Ranges are no longer wanted. */
  dropped: number[];
}

/**
 * Pairs new blanks with old ones that are the same blank (same kind and text, start where the old
 * one moved to). Both lists are sorted by start; one merge pass.
 */
export function planReuse(previous: readonly BlankMark[], next: readonly BlankMark[], change: TextChange | null): ReusePlan {
  const from = new Int32Array(next.length).fill(-1);
  const used = new Uint8Array(previous.length);
  if (change) {
    let j = 0;
    for (let i = 0; i < previous.length && j < next.length; i++) {
      const old = previous[i];
      const start = shiftedStart(old, change);
      if (start === null) continue;
      while (j < next.length && next[j].start < start) j++;
      const candidate = next[j];
      if (
        candidate &&
        candidate.start === start &&
        candidate.end - candidate.start === old.end - old.start &&
        candidate.kind === old.kind &&
        candidate.text === old.text
      ) {
        from[j] = i;
        used[i] = 1;
        j++;
      }
    }
  }
  const dropped: number[] = [];
  for (let i = 0; i < previous.length; i++) if (!used[i]) dropped.push(i);
  return { from, dropped };
}
