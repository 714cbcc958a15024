// Finding any of a fixed list of words in a line: a table says which characters start a word (one
// load per character), and only there are the words with that first character compared. Several
// times faster than a regex alternation of the same literals, which V8 tries at every position.

export interface KeywordIndex {
  /** The first index at or after `from` where one of the words starts, or -1. */
  find(line: string, from?: number): number;
}

/** Which of up to 32 word lists a line may hold a word of, in one pass over the line. */
export interface KeywordSets {
  /**
   * Bit k set when the line may hold a word of list k: always when it does, and sometimes when it
   * holds only the first two characters of a longer word or a pair that hashes alike (a superset).
   */
  find(line: string): number;
}

export function keywordIndex(words: readonly string[]): KeywordIndex {
  const groups: string[][] = [[]]; // group 0: no word starts with this character
  const groupOf = new Uint8Array(0x10000);
  for (const word of words) {
    if (word.length === 0) continue;
    const c = word.charCodeAt(0);
    if (groupOf[c] === 0) {
      if (groups.length > 0xff) throw new Error('keywordIndex: too many first characters');
      groupOf[c] = groups.length;
      groups.push([]);
    }
    groups[groupOf[c]].push(word);
  }
  return {
    find(line, from = 0) {
      for (let i = from; i < line.length; i++) {
        const g = groupOf[line.charCodeAt(i)];
        if (g === 0) continue;
        const group = groups[g];
        for (let k = 0; k < group.length; k++) if (line.startsWith(group[k], i)) return i;
      }
      return -1;
    },
  };
}

// Words are noted by their first two characters, hashed into a small table: no word is compared,
// and the table stays in the first-level cache beside the line pass's own.
const PAIR_BITS = 12;
const ONE_CHAR = 1;
const PAIR_START = 2;

export function keywordSets(lists: readonly (readonly string[])[]): KeywordSets {
  if (lists.length > 32) throw new Error('keywordSets: more than 32 lists');
  const starts = new Uint8Array(0x10000);
  const singles = new Int32Array(1 << PAIR_BITS);
  const pairs = new Int32Array(1 << PAIR_BITS);
  lists.forEach((words, k) => {
    for (const word of words) {
      const c = word.charCodeAt(0);
      if (word.length === 1) {
        starts[c] |= ONE_CHAR;
        singles[c & ((1 << PAIR_BITS) - 1)] |= 1 << k;
      } else if (word.length > 1) {
        starts[c] |= PAIR_START;
        pairs[pairHash(c, word.charCodeAt(1))] |= 1 << k;
      }
    }
  });
  return {
    find(line) {
      let found = 0;
      const last = line.length - 1;
      for (let i = 0; i <= last; i++) {
        const c = line.charCodeAt(i);
        const start = starts[c];
        if (start === 0) continue;
        if ((start & ONE_CHAR) !== 0) found |= singles[c & ((1 << PAIR_BITS) - 1)];
        if ((start & PAIR_START) !== 0 && i < last) found |= pairs[pairHash(c, line.charCodeAt(i + 1))];
      }
      return found;
    },
  };
}

/** A multiplicative hash of two code units into PAIR_BITS bits. */
function pairHash(a: number, b: number): number {
  return Math.imul(a | (b << 16), 0x9e3779b1) >>> (32 - PAIR_BITS);
}
