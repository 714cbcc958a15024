// Scraped pages sometimes carry a ruby annotation flattened into the text: every (or every other)
// character followed by its pinyin in brackets, `實(shí)驗(yàn)` or toneless `的(de)`. Only a bracket
// right after a Han character whose content is one valid pinyin syllable is removed, so `(一)`,
// `(2022年)`, `(AI)`, `(XX)` and `（注：…）` stay.

const TONED_VOWELS: Record<string, string> = {
  ā: 'a',
  á: 'a',
  ǎ: 'a',
  à: 'a',
  ē: 'e',
  é: 'e',
  ě: 'e',
  è: 'e',
  ī: 'i',
  í: 'i',
  ǐ: 'i',
  ì: 'i',
  ō: 'o',
  ó: 'o',
  ǒ: 'o',
  ò: 'o',
  ū: 'u',
  ú: 'u',
  ǔ: 'u',
  ù: 'u',
  ǖ: 'v',
  ǘ: 'v',
  ǚ: 'v',
  ǜ: 'v',
  ü: 'v',
};

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINAL =
  '(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|van|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|vn|a|o|e|i|u|v)';
const SYLLABLE = new RegExp(`^${INITIAL}${FINAL}$`);

// A bracketed candidate: lower-case Latin letters (toned vowels included), an optional tone digit.
const BRACKETED = /[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})[1-5]?[ \u3000]?[)）]/g;
const MAX_LETTERS = 6;

/**
 * When a pinyin annotation after a Han character ends right at `index` (`員(yuán)|XX`), where it
 * starts; else undefined. Lets the scanners look past the annotation at the character it annotates.
 * BRACKETED ending at `index`, read backwards by hand (a regex anchored at the end of a slice tries
 * every start in it): the parts are told apart by their characters, so no choice is ever undone.
 */
export function pinyinAnnotationStart(text: string, index: number): number | undefined {
  const c = text.charCodeAt(index - 1);
  if (c !== 0x29 && c !== 0xff09) return undefined;
  let at = index - 2;
  if (at >= 0 && isSpaceOrIdeographicSpace(text.charCodeAt(at))) at--;
  if (at >= 0 && isToneDigit(text.charCodeAt(at))) at--;
  const lettersEnd = at + 1;
  while (at >= 0 && lettersEnd - at <= MAX_LETTERS && isPinyinLetter(text.charCodeAt(at))) at--;
  if (at === lettersEnd - 1 || at < 0) return undefined;
  const open = text.charCodeAt(at);
  if (open !== 0x28 && open !== 0xff08) return undefined;
  return isHanBefore(text, at) && isPinyinSyllable(text.slice(at + 1, lettersEnd)) ? at : undefined;
}

function isSpaceOrIdeographicSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000;
}

function isToneDigit(c: number): boolean {
  return c >= 0x31 && c <= 0x35;
}

/** What the letters of BRACKETED are: a–z and the vowels of TONED_VOWELS. */
function isPinyinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c > 0x7f && TONED_VOWELS[String.fromCharCode(c)] !== undefined);
}

function isHanBefore(text: string, index: number): boolean {
  const c = text.charCodeAt(index - 1);
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return true;
  // A Han character outside the BMP (CJK extension B and later): a low surrogate after a high one.
  return c >= 0xdc00 && c <= 0xdfff && index >= 2 && isAstralHan(text.codePointAt(index - 2) ?? 0);
}

function isAstralHan(cp: number): boolean {
  return cp >= 0x20000 && cp <= 0x3ffff;
}

export function isPinyinSyllable(letters: string): boolean {
  let plain = '';
  let tones = 0;
  for (const ch of letters) {
    const base = TONED_VOWELS[ch];
    if (base !== undefined && ch !== 'ü') tones++;
    plain += base ?? ch;
  }
  // A lone toneless vowel is more often a list letter `(a)` or a numeral `(i)` than pinyin.
  if (tones === 0 && letters.length === 1) return false;
  return tones <= 1 && SYLLABLE.test(plain);
}

/**
 * Removes pinyin annotations after Han characters. Consecutive annotations after one character
 * (`實(shí)(shí)`) go together, so that running this twice gives the same text as running it once.
 */
export function stripPinyin(text: string): string {
  return stripPinyinCounted(text).text;
}

/** `stripPinyin`, and how many annotations it removed. */
export function stripPinyinCounted(text: string): { text: string; removed: number } {
  if (!text.includes('(') && !text.includes('（')) return { text, removed: 0 };
  let removed = 0;
  let out = '';
  let copied = 0;
  let lastRemovedEnd = -1;
  BRACKETED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BRACKETED.exec(text)) !== null) {
    const start = m.index;
    if (!isPinyinSyllable(m[1])) continue;
    if (start !== lastRemovedEnd && !isHanBefore(text, start)) continue;
    out += text.slice(copied, start);
    copied = lastRemovedEnd = start + m[0].length;
    removed++;
  }
  return lastRemovedEnd < 0 ? { text, removed } : { text: out + text.slice(copied), removed };
}
