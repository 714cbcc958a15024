// The line scan's one pass over the characters of a line. It counts the whitespace (for the line's
// character count), notes which scanners can find anything in the line at all, so that the others
// are skipped without looking at the line again, and records where the characters are that the
// remaining scanners start from (placeholders, enumerations), so that they visit only those.
// A scanner declares what it needs: characters, of which the line must hold one, or words, of which
// it must hold one. Words are noted by their first two characters (a hashed pair table), looked up
// only where a word's first character stands before a word's second character: most first
// characters (会, 全, 上 …) are common, and in the whole analysis the pair lookups cost more than
// the test of the next character that spares most of them.

/** Every code unit `\s` matches (a test compares the list with the regex over all code units). */
export const WHITESPACE_CHARS =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** What `\s` (and String.prototype.trim) counts as whitespace. */
export function isWhitespace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f
  );
}

const LF = 0x0a;
const SPACE = 1;
const PAIR_START = 2;
const POSITION = 4;
const ANCHOR = 8;
/** The second character of a word. */
const PAIR_SECOND = 16;
/** The bits trigger sets may take. */
const FIRST_FREE_BIT = 32;
const LAST_BIT = 0x8000;

export interface TriggerSet {
  /** Characters the scanner needs one of. */
  chars?: string;
  /** Words the scanner needs one of (one-character words count as characters). */
  words?: readonly string[];
}

export interface LineTriggers {
  /** The bit each trigger set was given, in order; 0 when it could not get one (always run). */
  readonly bits: readonly number[];
  /**
   * Scans `s`, or its part [from, to), up to the first '\n' (the pass over a text finds its lines as
   * it goes): returns the bits of the trigger sets it may match, plus 65536 times its whitespace
   * count. A bit can be set where a longer word does not occur (its pair does): a superset, never less.
   */
  scan(s: string, from?: number, to?: number): number;
  /** Where the last scan stopped: at its line's '\n', or at `to`. */
  readonly end: number;
  /** Where the last scan met the position characters, as offsets in `s`: `positions[0..positionCount)`, ascending. */
  readonly positions: Int32Array;
  readonly positionCount: number;
  /** Where it met the anchor characters (a second list, for a second scanner): `anchors[0..anchorCount)`. */
  readonly anchors: Int32Array;
  readonly anchorCount: number;
}

const MIN_POSITIONS = 256;
const MAX_KEPT_POSITIONS = 0x10000;

/** One table for all trigger sets and the characters whose positions are recorded, built once. */
export function lineTriggers(sets: readonly (TriggerSet | undefined)[], positionChars: string, anchorChars = ''): LineTriggers {
  const charBits = new Uint16Array(0x10000);
  const pairBits = new Uint16Array(0x10000);
  for (let i = 0; i < WHITESPACE_CHARS.length; i++) charBits[WHITESPACE_CHARS.charCodeAt(i)] |= SPACE;
  for (let i = 0; i < positionChars.length; i++) charBits[positionChars.charCodeAt(i)] |= POSITION;
  for (let i = 0; i < anchorChars.length; i++) charBits[anchorChars.charCodeAt(i)] |= ANCHOR;
  let next = FIRST_FREE_BIT;
  const bits = sets.map((set) => {
    if (set === undefined || next > LAST_BIT) return 0;
    const bit = next;
    next <<= 1;
    // The pass reads a line's BOM and CR with it (the scanners leave them out): no trigger may hold them.
    for (const trigger of [set.chars ?? '', ...(set.words ?? []).map((word) => word.slice(0, 2))]) {
      if (/[\r\n\ufeff]/.test(trigger)) throw new Error(`lineTriggers: a trigger holds a line break or BOM: ${trigger}`);
    }
    for (let i = 0; i < (set.chars ?? '').length; i++) charBits[set.chars!.charCodeAt(i)] |= bit;
    for (const word of set.words ?? []) {
      if (word.length === 0) continue;
      if (word.length === 1) {
        charBits[word.charCodeAt(0)] |= bit;
        continue;
      }
      charBits[word.charCodeAt(0)] |= PAIR_START;
      charBits[word.charCodeAt(1)] |= PAIR_SECOND;
      pairBits[pairHash(word.charCodeAt(0), word.charCodeAt(1))] |= bit;
    }
    return bit;
  });
  let positions = new Int32Array(MIN_POSITIONS);
  let positionCount = 0;
  let anchors = new Int32Array(MIN_POSITIONS);
  let anchorCount = 0;
  let end = 0;
  const counts = new Int32Array(3);
  return {
    bits,
    get positions() {
      return positions;
    },
    get positionCount() {
      return positionCount;
    },
    get anchors() {
      return anchors;
    },
    get anchorCount() {
      return anchorCount;
    },
    get end() {
      return end;
    },
    scan(s, from = 0, to = s.length) {
      if (positions.length > MAX_KEPT_POSITIONS && Math.max(positionCount, anchorCount) <= MAX_KEPT_POSITIONS) {
        // One line with very many positions must not keep buffers of its size for the lines after it.
        positions = new Int32Array(MAX_KEPT_POSITIONS);
        anchors = new Int32Array(MAX_KEPT_POSITIONS);
      }
      let found = scanChars(s, from, to, charBits, pairBits, positions, anchors, counts);
      // The line's end is not known before the pass: a line with more positions than the buffers
      // hold (their stores past the end are dropped) is scanned again with buffers of its size.
      if (counts[0] > positions.length || counts[1] > anchors.length) {
        positions = new Int32Array(Math.max(counts[0], counts[1], positions.length * 2));
        anchors = new Int32Array(positions.length);
        found = scanChars(s, from, to, charBits, pairBits, positions, anchors, counts);
      }
      positionCount = counts[0];
      anchorCount = counts[1];
      end = counts[2];
      return found;
    },
  };
}

/**
 * The pass itself, a function of its own rather than part of the closure above: the tables and
 * buffers arrive as arguments and stay in registers through the loop (scanning lines alone, 20 %
 * faster than reading them from the closure's context; inside the whole analysis the difference is
 * within the noise). Writes the position and anchor counts and where it stopped to `counts`.
 */
function scanChars(
  s: string,
  from: number,
  to: number,
  charBits: Uint16Array,
  pairBits: Uint16Array,
  positions: Int32Array,
  anchors: Int32Array,
  counts: Int32Array,
): number {
  let spaces = 0;
  let seen = 0;
  let count = 0;
  let anchored = 0;
  const last = to - 1;
  let i = from;
  for (; i <= last; i++) {
    const c = s.charCodeAt(i);
    const b = charBits[c];
    if (b === 0) continue;
    if (c === LF) break;
    spaces += b & SPACE;
    seen |= b;
    if ((b & POSITION) !== 0) positions[count++] = i;
    if ((b & ANCHOR) !== 0) anchors[anchored++] = i;
    if ((b & PAIR_START) !== 0 && i < last) {
      const next = s.charCodeAt(i + 1);
      if ((charBits[next] & PAIR_SECOND) !== 0) seen |= pairBits[pairHash(c, next)];
    }
  }
  counts[0] = count;
  counts[1] = anchored;
  counts[2] = i;
  return (seen & ~(SPACE | PAIR_START | POSITION | ANCHOR | PAIR_SECOND)) + spaces * 0x10000;
}

/** A multiplicative hash of two code units into 16 bits. */
function pairHash(a: number, b: number): number {
  return Math.imul(a | (b << 16), 0x9e3779b1) >>> 16;
}
