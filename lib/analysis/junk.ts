// Anti-copy junk and glued watermarks in text copied from web pages. Forum software hides short
// random tokens between the lines of a post (`7 K& q2 Z! m$ P0 x8 {4 s`), and they come along when
// the text is copied: as lines of their own, or glued before or after a real line (`; b3 W* 1.首部`,
// `二、结尾用语6 f^ R1`). Document sites glue their name and address after a sentence
// (`…完成。某某之家—全网资源每日更新www.example.com`). The scanners look only at what lies between,
// so a lone `x` or `_` of the junk is no blank and a heading behind it is still at the line start.

/**
 * The part of a line that is text, or 'all' when the whole line is junk. `tail` says what was cut
 * after the text: anti-copy junk, or a site's watermark.
 */
export type ContentRange = { from: number; to: number; tail?: 'junk' | 'watermark' } | 'all';

const MAX_SPACES = 2;

function isAsciiPrintable(c: number): boolean {
  return c >= 0x21 && c <= 0x7e;
}

function classOf(c: number): 0 | 1 | 2 {
  if (c >= 0x30 && c <= 0x39) return 0; // digit
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 1; // letter
  return 2; // symbol
}

interface Tokens {
  count: number;
  /** Two-character tokens that mix classes (`K&`, `q2`, `^8`): the mark of generated junk. */
  mixed: number;
  symbols: number;
}

function addToken(t: Tokens, line: string, start: number, end: number): void {
  t.count++;
  const a = classOf(line.charCodeAt(start));
  if (a === 2) t.symbols++;
  if (end - start === 2) {
    const b = classOf(line.charCodeAt(start + 1));
    if (b === 2) t.symbols++;
    if (a !== b) t.mixed++;
  }
}

// Real text never strings three or more such tokens together: a symbol among them and most of them
// mixed pairs, so that `x1 y1 z1`, `a + b = c` and `1 2 3` stay text.
function looksGenerated(t: Tokens): boolean {
  return t.count >= 3 && t.symbols >= 1 && t.mixed >= Math.max(2, Math.ceil(t.count / 2));
}

/** End of a run of junk tokens at the start of the line (0 when there is none). */
function junkPrefixEnd(line: string): number {
  const t: Tokens = { count: 0, mixed: 0, symbols: 0 };
  let i = 0;
  let contentStart = 0;
  while (i < line.length) {
    const start = i;
    while (i < line.length && isAsciiPrintable(line.charCodeAt(i))) i++;
    const end = i;
    if (end === start || end - start > 2) break;
    let spaces = 0;
    while (i < line.length && line.charCodeAt(i) === 0x20) {
      i++;
      spaces++;
    }
    if (spaces === 0 || spaces > MAX_SPACES) break; // glued to the text: it is the text (`1.抓好`)
    addToken(t, line, start, end);
    contentStart = i;
  }
  return looksGenerated(t) ? contentStart : 0;
}

/** Start of a run of junk tokens at the end of the line (line.length when there is none). */
function junkSuffixStart(line: string): number {
  const t: Tokens = { count: 0, mixed: 0, symbols: 0 };
  let i = line.length;
  let junkStart = line.length;
  while (i > 0) {
    const end = i;
    while (i > 0 && isAsciiPrintable(line.charCodeAt(i - 1))) i--;
    const start = i;
    if (end === start || end - start > 2) break;
    addToken(t, line, start, end);
    junkStart = start;
    let spaces = 0;
    while (i > 0 && line.charCodeAt(i - 1) === 0x20) {
      i--;
      spaces++;
    }
    if (spaces === 0 || spaces > MAX_SPACES) break; // glued after the text (`建设k7 T, A2 _`)
  }
  return looksGenerated(t) ? junkStart : line.length;
}

// A site's name and address glued after the last sentence of a line.
const WATERMARK = /^\s*[^，。！？；,]{0,20}?(?:www\.|https?:\/\/|全网资源|每日更新|范文网|文库)[^，。！？；]{0,40}$/;
/** Words of which every watermark holds one (a test keeps them in step with WATERMARK). */
export const WATERMARK_KEYS: readonly string[] = ['www.', 'http://', 'https://', '全网资源', '每日更新', '范文网', '文库'];
const MAX_WATERMARK = 62;
/** 。！？；!?; — compared, not looked up in a Set: this runs back over the tail of most lines. */
function isSentenceStop(c: number): boolean {
  if (c > 0x3002 && c < 0xff01) return false; // Han and most CJK punctuation, in two compares
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x21 || c === 0x3f || c === 0x3b;
}

/** Where a watermark glued after the line's last sentence starts, or -1. Looks at the tail only. */
function watermarkStart(line: string): number {
  const floor = Math.max(0, line.length - MAX_WATERMARK - 1);
  for (let i = line.length - 1; i >= floor; i--) {
    if (!isSentenceStop(line.charCodeAt(i))) continue;
    const tail = i + 1;
    return tail < line.length && WATERMARK.test(line.slice(tail)) ? tail : -1;
  }
  return -1;
}

/**
 * Where the text of a line starts and ends once junk and glued watermarks are left out.
 * `mayHaveWatermark` false says the line holds none of WATERMARK_KEYS, so no watermark is looked for.
 */
export function contentRange(line: string, mayHaveWatermark = true): ContentRange | null {
  if (line.length === 0) return null;
  const first = line.charCodeAt(0);
  const last = line.charCodeAt(line.length - 1);
  const from = isAsciiPrintable(first) ? junkPrefixEnd(line) : 0;
  let to = isAsciiPrintable(last) ? junkSuffixStart(line) : line.length;
  if (from >= to) return 'all';
  let tail: 'junk' | 'watermark' | undefined = to < line.length ? 'junk' : undefined;
  if (mayHaveWatermark && to === line.length && (last > 0x7f || last === 0x6d || last === 0x6e)) {
    const w = watermarkStart(line);
    if (w > 0) {
      to = w;
      tail = 'watermark';
    }
  }
  if (from === 0 && to === line.length) return null;
  return tail ? { from, to, tail } : { from, to };
}
