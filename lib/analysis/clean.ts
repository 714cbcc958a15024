import { boilerplateReason } from './boilerplate';
import { contentRange } from './junk';
import { stripPinyin } from './pinyin-garble';
import type { CleanOptions } from './types';

type Convert = (text: string) => string;

let toSimplified: Promise<Convert> | undefined;

// The Traditional→Simplified tables weigh ~100 kB: loaded on first use only, and only the t2cn build.
function loadToSimplified(): Promise<Convert> {
  toSimplified ??= import('opencc-js/t2cn').then(({ Converter }) => Converter({ from: 't', to: 'cn' }));
  return toSimplified;
}

/**
 * Cleans text copied from the web: drops seller/advert lines and pinyin annotations, and keeps
 * everything else as it was, line breaks (LF or CRLF) included.
 */
export function stripNoise(text: string): string {
  return dropBoilerplateLines(stripPinyin(text));
}

function dropBoilerplateLines(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const cleaned = withoutJunk(line);
    if (cleaned !== null && !isBoilerplate(cleaned)) kept.push(cleaned);
  }
  return kept.length === lines.length && kept.every((line, i) => line === lines[i]) ? text : kept.join('\n');
}

/** The line without anti-copy junk or a glued watermark (its BOM and CR kept), or null when it is all junk. */
function withoutJunk(rawLine: string): string | null {
  const cr = rawLine.endsWith('\r') ? '\r' : '';
  const bom = rawLine.startsWith('\uFEFF') ? '\uFEFF' : '';
  const line = rawLine.slice(bom.length, rawLine.length - cr.length);
  const range = contentRange(line);
  if (range === null) return rawLine;
  if (range === 'all') return null;
  return bom + line.slice(range.from, range.to).trimEnd() + cr;
}

function isBoilerplate(rawLine: string): boolean {
  let line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
  if (line.startsWith('\uFEFF')) line = line.slice(1);
  return line.trim() !== '' && boilerplateReason(line) !== null;
}

/**
 * `stripNoise`, and with `simplified: true` Traditional characters turned into Simplified. Pinyin goes
 * first and the advert check comes last, so a line that only reads as an advert once cleaned
 * (`會(huì)員(yuán)群`) is dropped in the same pass and cleaning twice changes nothing.
 */
export async function clean(text: string, options: CleanOptions = {}): Promise<string> {
  if (!options.simplified) return stripNoise(text);
  const convert = await loadToSimplified();
  return dropBoilerplateLines(convert(stripPinyin(text)));
}
