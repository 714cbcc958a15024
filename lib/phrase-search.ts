// Phrase search by characters, full pinyin (xianjiang) or initials (xjrx → 现将……如下).
// pinyin-pro is large: it is imported only when an index is built, and the panel imports this
// module lazily. Keys are computed once per distinct text and reused across rebuilds.

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
export async function buildPhraseIndex<P extends SearchablePhrase>(phrases: readonly P[], previous?: PhraseIndex<P>): Promise<PhraseIndex<P>> {
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

/** Score of one term against one phrase; 0 when it does not match. */
function termScore(term: string, keys: PhraseKeys, hasHan: boolean): number {
  if (hasHan || /\d/.test(term)) {
    const at = keys.plain.indexOf(term);
    return at < 0 ? 0 : at === 0 ? 100 : 60;
  }
  let best = 0;
  const initialAt = keys.initials.indexOf(term);
  if (initialAt === 0) best = 90;
  else if (initialAt > 0) best = 50;
  if (term.length >= 2 || best === 0) {
    for (let at = keys.letters.indexOf(term); at >= 0; at = keys.letters.indexOf(term, at + 1)) {
      if (at === 0) {
        best = Math.max(best, 95);
        break;
      }
      if (keys.syllableStarts.has(at)) {
        best = Math.max(best, 55);
        break;
      }
    }
  }
  if (best === 0) {
    const at = keys.plain.indexOf(term);
    if (at >= 0) best = at === 0 ? 100 : 60;
  }
  return best;
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

export function normaliseQuery(query: string): string[] {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .map((term) => term.replace(PLACEHOLDER, '').replace(NOT_WORD, ''))
    .filter(Boolean)
    .slice(0, 8);
}

class Index<P extends SearchablePhrase> implements PhraseIndex<P> {
  constructor(
    private readonly entries: Array<{ phrase: P; keys: PhraseKeys }>,
    readonly cache: Map<string, PhraseKeys>,
  ) {}

  get size(): number {
    return this.entries.length;
  }

  search(query: string, options: SearchOptions = {}): SearchHit<P>[] {
    const limit = options.limit ?? 50;
    const terms = normaliseQuery(query.slice(0, 200));
    const now = options.now ?? Date.now();
    const hits: SearchHit<P>[] = [];
    if (terms.length === 0) {
      for (const { phrase } of this.entries) hits.push({ phrase, score: boost(phrase, options.usage?.get(phrase.id), now) });
      return top(hits, limit);
    }
    const termHasHan = terms.map((t) => HAN.test(t));
    for (const { phrase, keys } of this.entries) {
      let score = 0;
      for (let i = 0; i < terms.length; i++) {
        const s = termScore(terms[i], keys, termHasHan[i]);
        if (s === 0) {
          score = 0;
          break;
        }
        score += s;
      }
      if (score > 0) hits.push({ phrase, score: score + boost(phrase, options.usage?.get(phrase.id), now) });
    }
    return top(hits, limit);
  }
}

function top<P extends SearchablePhrase>(hits: SearchHit<P>[], limit: number): SearchHit<P>[] {
  hits.sort((a, b) => b.score - a.score || a.phrase.text.length - b.phrase.text.length || a.phrase.id - b.phrase.id);
  return hits.length > limit ? hits.slice(0, limit) : hits;
}
