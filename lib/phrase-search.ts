// Phrase search by characters, full pinyin (xianjiang) or initials (xjrx → 现将……如下).
// pinyin-pro is large: it is imported only when an index is built, and the panel imports this
// module lazily. Keys are computed once per distinct text and reused across rebuilds.
import { lastAtOrBefore } from './sorted-search';

export interface SearchablePhrase {
  id: number;
  text: string;
  favourite?: boolean;
}

export interface PhraseUsage {
  lastUsedAt: number;
  count: number;
}

export interface SearchOptions {
  limit?: number;
  usage?: ReadonlyMap<number, PhraseUsage>;
  /** For the recency boost; defaults to Date.now(). */
  now?: number;
}

export interface SearchHit<P extends SearchablePhrase = SearchablePhrase> {
  phrase: P;
  score: number;
}

interface PhraseKeys {
  /** Text without punctuation, whitespace and placeholders, lower-cased. */
  plain: string;
  /** Full toneless pinyin of the Han characters, joined. */
  letters: string;
  /** Offsets in `letters` where a syllable starts. */
  syllableStarts: Set<number>;
  /** First letter of each Han character's pinyin. */
  initials: string;
}

export interface PhraseIndex<P extends SearchablePhrase = SearchablePhrase> {
  readonly size: number;
  search(query: string, options?: SearchOptions): SearchHit<P>[];
}

type PinyinFn = (text: string, options: { toneType: 'none'; type: 'array'; v: true }) => string[];

let pinyinLoader: Promise<PinyinFn> | null = null;
function loadPinyin(): Promise<PinyinFn> {
  pinyinLoader ??= import('pinyin-pro').then((m) => m.pinyin as unknown as PinyinFn);
  return pinyinLoader;
}

// Placeholders (XX, ×××, 某某, ____, ○○ …) and anything that is not a letter or digit.
const PLACEHOLDER = /[XxＸｘ×＊*_＿○〇△]+|某某/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const HAN = /\p{Script=Han}/u;

export function plainText(text: string): string {
  return text.replace(PLACEHOLDER, '').replace(NOT_WORD, '').toLowerCase();
}

function computeKeys(text: string, pinyin: PinyinFn): PhraseKeys {
  const plain = plainText(text);
  const han = [...plain].filter((c) => HAN.test(c)).join('');
  const syllables = han ? pinyin(han, { toneType: 'none', type: 'array', v: true }) : [];
  let letters = '';
  let initials = '';
  const syllableStarts = new Set<number>();
  for (const syllable of syllables) {
    const s = syllable.toLowerCase().replace(/[^a-z]/g, '');
    if (!s) continue;
    syllableStarts.add(letters.length);
    letters += s;
    initials += s[0];
  }
  return { plain, letters, syllableStarts, initials };
}

const CHUNK = 400;
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reuse `previous` to skip texts already keyed (a rebuild after one edit is nearly free). */
export async function buildPhraseIndex<P extends SearchablePhrase>(
  phrases: readonly P[],
  previous?: PhraseIndex<P>,
): Promise<PhraseIndex<P>> {
  if (previous instanceof Index && previous.holdsSame(phrases)) return previous;
  const pinyin = await loadPinyin();
  const cache: Map<string, PhraseKeys> = previous instanceof Index ? previous.cache : new Map();
  const entries: Array<{ phrase: P; keys: PhraseKeys }> = [];
  for (let i = 0; i < phrases.length; i++) {
    if (i > 0 && i % CHUNK === 0) await yieldToUi();
    const phrase = phrases[i];
    let keys = cache.get(phrase.text);
    if (!keys) {
      keys = computeKeys(phrase.text, pinyin);
      cache.set(phrase.text, keys);
    }
    entries.push({ phrase, keys });
  }
  const live = new Set(phrases.map((p) => p.text));
  for (const text of cache.keys()) if (!live.has(text)) cache.delete(text);
  return new Index(entries, cache);
}

const DAY = 86_400_000;

function boost(phrase: SearchablePhrase, usage: PhraseUsage | undefined, now: number): number {
  let b = phrase.favourite ? 15 : 0;
  if (usage) {
    b += Math.min(10, Math.log2(usage.count + 1) * 3);
    const age = now - usage.lastUsedAt;
    if (age < 7 * DAY) b += 10 * (1 - Math.max(0, age) / (7 * DAY));
  }
  return b;
}

const QUERY_PLACEHOLDER = /[×＊*_＿○〇△]+|某某/g;
const LATIN_X = /[xＸｘ]+/gi;

/** Query terms: Han/digit terms lose placeholders like the indexed text; Latin terms keep their x (xjrx). */
export function normaliseQuery(query: string): string[] {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .map((term) => {
      const word = term.replace(QUERY_PLACEHOLDER, '').replace(NOT_WORD, '');
      return HAN.test(word) || /\d/.test(word) ? word.replace(LATIN_X, '') : word;
    })
    .filter(Boolean)
    .slice(0, 8);
}

const SEPARATOR = '\u0001';

/** All entries' keys joined into one string, so a term is found with one native scan. */
class Corpus {
  readonly text: string;
  readonly starts: Int32Array;
  constructor(parts: string[]) {
    this.starts = new Int32Array(parts.length);
    let offset = 0;
    parts.forEach((part, i) => {
      this.starts[i] = offset;
      offset += part.length + 1;
    });
    this.text = parts.join(SEPARATOR);
  }
  /** The entry whose part contains offset `at`. */
  entryAt(at: number): number {
    return Math.max(0, lastAtOrBefore(this.starts, at));
  }
}

/** `term` in order within the first `term.length * 3` characters of `text` (gaps allowed, not sprawling). */
function isCompactSubsequence(term: string, text: string): boolean {
  const end = Math.min(text.length, term.length * 3);
  let j = 0;
  for (let i = 0; i < end && j < term.length; i++) if (text.charCodeAt(i) === term.charCodeAt(j)) j++;
  return j === term.length;
}

class Index<P extends SearchablePhrase> implements PhraseIndex<P> {
  private readonly phrases: P[];
  private readonly keys: PhraseKeys[];
  private readonly plain: Corpus;
  private readonly letters: Corpus;
  private readonly initials: Corpus;
  /** 1 where a syllable starts in `letters.text`. */
  private readonly syllableStart: Uint8Array;
  /** Entries by the first letter of their initials. */
  private readonly byFirstInitial = new Map<number, number[]>();

  constructor(
    entries: Array<{ phrase: P; keys: PhraseKeys }>,
    readonly cache: Map<string, PhraseKeys>,
  ) {
    this.phrases = entries.map((e) => e.phrase);
    this.keys = entries.map((e) => e.keys);
    this.plain = new Corpus(this.keys.map((k) => k.plain));
    this.letters = new Corpus(this.keys.map((k) => k.letters));
    this.initials = new Corpus(this.keys.map((k) => k.initials));
    this.syllableStart = new Uint8Array(this.letters.text.length);
    this.keys.forEach((k, i) => {
      for (const at of k.syllableStarts) this.syllableStart[this.letters.starts[i] + at] = 1;
      const first = k.initials.charCodeAt(0);
      if (first >= 0) {
        const list = this.byFirstInitial.get(first);
        if (list) list.push(i);
        else this.byFirstInitial.set(first, [i]);
      }
    });
  }

  get size(): number {
    return this.phrases.length;
  }

  /** True when `phrases` would build this very index (same ids, texts and favourites in order). */
  holdsSame(phrases: readonly SearchablePhrase[]): boolean {
    if (phrases.length !== this.phrases.length) return false;
    return phrases.every((p, i) => {
      const q = this.phrases[i];
      return p === q || (p.id === q.id && p.text === q.text && Boolean(p.favourite) === Boolean(q.favourite));
    });
  }

  private scan(corpus: Corpus, term: string, scores: Int32Array, atStart: number, inside: number, aligned?: Uint8Array): void {
    const text = corpus.text;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      if (aligned && !aligned[at]) continue;
      const entry = corpus.entryAt(at);
      const score = at === corpus.starts[entry] ? atStart : inside;
      if (score > scores[entry]) scores[entry] = score;
    }
  }

  /** Best score of `term` per entry (0: no match). */
  private scoreTerm(term: string, literal: boolean): Int32Array {
    const scores = new Int32Array(this.phrases.length);
    this.scan(this.plain, term, scores, 100, 60);
    if (literal) return scores;
    this.scan(this.initials, term, scores, 90, 50);
    if (term.length >= 2) this.scan(this.letters, term, scores, 95, 55, this.syllableStart);
    if (term.length >= 3) {
      // Initials with gaps, anchored at the first character: xjrx → 现将……述职如下.
      for (const i of this.byFirstInitial.get(term.charCodeAt(0)) ?? []) {
        if (scores[i] === 0 && isCompactSubsequence(term, this.keys[i].initials)) scores[i] = 30;
      }
    }
    return scores;
  }

  search(query: string, options: SearchOptions = {}): SearchHit<P>[] {
    const limit = options.limit ?? 50;
    const terms = normaliseQuery(query.slice(0, 200));
    const now = options.now ?? Date.now();
    const hits: SearchHit<P>[] = [];
    const rank = (i: number, score: number) => {
      const phrase = this.phrases[i];
      hits.push({ phrase, score: score + boost(phrase, options.usage?.get(phrase.id), now) });
    };
    if (terms.length === 0) {
      for (let i = 0; i < this.phrases.length; i++) rank(i, 0);
      return top(hits, limit);
    }
    // Terms with Han characters or digits match the text itself; letters also match pinyin.
    const perTerm = terms.map((t) => this.scoreTerm(t, HAN.test(t) || /\d/.test(t)));
    for (let i = 0; i < this.phrases.length; i++) {
      let score = 0;
      for (const scores of perTerm) {
        if (scores[i] === 0) {
          score = 0;
          break;
        }
        score += scores[i];
      }
      if (score > 0) rank(i, score);
    }
    return top(hits, limit);
  }
}

const byRank = <P extends SearchablePhrase>(a: SearchHit<P>, b: SearchHit<P>) =>
  b.score - a.score || a.phrase.text.length - b.phrase.text.length || a.phrase.id - b.phrase.id;

/** The best `limit` hits in rank order; avoids sorting thousands of hits for one-letter queries. */
function top<P extends SearchablePhrase>(hits: SearchHit<P>[], limit: number): SearchHit<P>[] {
  if (hits.length <= limit * 4) return hits.sort(byRank).slice(0, limit);
  const best: SearchHit<P>[] = [];
  for (const hit of hits) {
    if (best.length === limit && byRank(hit, best[limit - 1]) >= 0) continue;
    let at = best.length;
    while (at > 0 && byRank(hit, best[at - 1]) < 0) at--;
    best.splice(at, 0, hit);
    if (best.length > limit) best.pop();
  }
  return best;
}
