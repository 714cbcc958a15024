import { boilerplateReason } from './boilerplate';
import { contentRange } from './junk';
import { stripPinyinCounted } from './pinyin-garble';
import { looksTraditional } from './traditional';
import type { BoilerplateReason, CleanOptions } from './types';

/** One thing clean takes out: a whole line, or a fragment glued to a line of text. */
export interface Removal {
  /** Index in the report's list; pass it in `keep` to keep this one. */
  id: number;
  /** 0-based line of the text clean worked on (after pinyin removal and conversion). */
  line: number;
  text: string;
  reason: BoilerplateReason;
  whole: boolean;
}

export interface CleanReport {
  text: string;
  removals: Removal[];
  /** Pinyin annotations removed (`實(shí)` → `實`). */
  pinyin: number;
  /** The input reads as Traditional Chinese: offer conversion to Simplified. */
  traditional: boolean;
}

type Convert = (text: string) => string;

let toSimplified: Promise<Convert> | undefined;

// The Traditional→Simplified tables weigh ~100 kB: loaded on first use only, and only the t2cn build.
function loadToSimplified(): Promise<Convert> {
  toSimplified ??= import('opencc-js/t2cn').then(({ Converter }) => untilSettled(Converter({ from: 't', to: 'cn' })));
  return toSimplified;
}

/**
 * The tables chain a few characters (薴 → 苧, and 苧 → 苎): converted once, such a text would change
 * again when cleaned again. Converting until nothing changes makes cleaning idempotent; nearly
 * every text settles after one pass, checked by a second.
 */
function untilSettled(convert: Convert): Convert {
  return (text) => {
    let out = convert(text);
    for (let pass = 0; pass < 3; pass++) {
      const again = convert(out);
      if (again === out) break;
      out = again;
    }
    return out;
  };
}

/**
 * Cleans text copied from the web: drops seller/advert lines, site chrome, anti-copy junk (lines and
 * glued fragments) and pinyin annotations, and keeps everything else as it was, line breaks (LF or
 * CRLF) included.
 */
export function stripNoise(text: string): string {
  return sweep(stripPinyinCounted(text).text).text;
}

/** Walks the lines once: what goes, and why; `keep` holds ids of removals the user kept. */
function sweep(text: string, keep?: ReadonlySet<number>): { text: string; removals: Removal[] } {
  const lines = text.split('\n');
  const kept: string[] = [];
  const removals: Removal[] = [];
  const remove = (line: number, removed: string, reason: BoilerplateReason, whole: boolean): boolean => {
    const id = removals.length;
    removals.push({ id, line, text: removed, reason, whole });
    return !keep?.has(id);
  };
  lines.forEach((rawLine, index) => {
    const cr = rawLine.endsWith('\r') ? '\r' : '';
    const bom = rawLine.startsWith('\uFEFF') ? '\uFEFF' : '';
    const line = rawLine.slice(bom.length, rawLine.length - cr.length);
    const range = contentRange(line);
    if (range === 'all') {
      if (!remove(index, line, 'junk', true)) kept.push(rawLine);
      return;
    }
    let from = 0;
    let to = line.length;
    if (range) {
      if (range.from > 0 && remove(index, line.slice(0, range.from), 'junk', false)) from = range.from;
      if (range.tail && remove(index, line.slice(range.to), range.tail === 'junk' ? 'junk' : 'promotion', false)) to = range.to;
    }
    const rest = line.slice(from, to);
    const reason = rest.trim() === '' ? null : boilerplateReason(rest);
    if (reason !== null && remove(index, line, reason, true)) return;
    kept.push(from === 0 && to === line.length ? rawLine : bom + rest.trimEnd() + cr);
  });
  const unchanged = kept.length === lines.length && kept.every((line, i) => line === lines[i]);
  return { text: unchanged ? text : kept.join('\n'), removals };
}

/**
 * `stripNoise`, and with `simplified: true` Traditional characters turned into Simplified. Pinyin goes
 * first and the advert check comes last, so a line that only reads as an advert once cleaned
 * (`會(huì)員(yuán)群`) is dropped in the same pass and cleaning twice changes nothing.
 */
export async function clean(text: string, options: CleanOptions = {}): Promise<string> {
  return (await cleanWithReport(text, options)).text;
}

/** `clean`, with every removal and its reason; removals whose id is in `keep` stay in the text. */
export async function cleanWithReport(text: string, options: CleanOptions & { keep?: ReadonlySet<number> } = {}): Promise<CleanReport> {
  const { text: unannotated, removed: pinyin } = stripPinyinCounted(text);
  const converted = options.simplified ? (await loadToSimplified())(unannotated) : unannotated;
  const swept = sweep(converted, options.keep);
  return { ...swept, pinyin, traditional: looksTraditional(unannotated) };
}
