// Scores the engine on our own fixtures in the shapes of text copied from web pages (see
// test/fixtures/web-text/README.md for the markup): blank precision and recall, headings found
// behind scrape damage, and site noise removed by clean without losing a content line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { stripNoise } from '@/lib/analysis/clean';

const DIR = resolve(import.meta.dirname, '../fixtures/web-text');

interface Fixture {
  name: string;
  text: string;
  blanks: { start: number; end: number }[];
  noiseLines: string[];
  contentLines: string[];
  /** Fragments glued to content lines that clean must strip. */
  fragments: string[];
  headingLines: number[];
}

function parseFixture(name: string, marked: string): Fixture {
  const blanks: Fixture['blanks'] = [];
  const noiseLines: string[] = [];
  const contentLines: string[] = [];
  const headingLines: number[] = [];
  const fragments: string[] = [];
  const out: string[] = [];
  let offset = 0;
  marked
    .replace(/\n$/, '')
    .split('\n')
    .forEach((raw, index) => {
      let line = raw;
      const noise = line.startsWith('⊘');
      if (noise) line = line.slice(1);
      const heading = line.startsWith('§');
      if (heading) line = line.slice(1);
      let content = '';
      line = line.replace(/⌫([^⌫]*)⌫/g, (_, fragment: string) => {
        fragments.push(fragment);
        return fragment;
      });
      for (const part of raw.split(/⌫[^⌫]*⌫/)) content += part;
      let plain = '';
      for (const part of line.split(/(⟦[^⟧]*⟧)/)) {
        if (part.startsWith('⟦')) {
          const inner = part.slice(1, -1);
          blanks.push({ start: offset + plain.length, end: offset + plain.length + inner.length });
          plain += inner;
        } else plain += part;
      }
      if (noise) noiseLines.push(plain);
      else if (plain.trim()) contentLines.push(content.replace(/[⟦⟧§⊘]/g, ''));
      if (heading) headingLines.push(index);
      out.push(plain);
      offset += plain.length + 1;
    });
  return { name, text: out.join('\n'), blanks, noiseLines, contentLines, fragments, headingLines };
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => parseFixture(f, readFileSync(join(DIR, f), 'utf8')));

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const longestHanRun = (line: string) => (line.match(/[\u3400-\u9fff]+/g) ?? []).sort((a, b) => b.length - a.length)[0] ?? line.trim();

function score() {
  let found = 0,
    truePositives = 0,
    expected = 0,
    recalled = 0;
  let headings = 0,
    headingsFound = 0,
    noise = 0,
    noiseRemoved = 0;
  const misses: string[] = [];
  const lostContent: string[] = [];
  for (const f of fixtures) {
    const result = analyze(f.text);
    found += result.placeholders.length;
    for (const p of result.placeholders) {
      if (f.blanks.some((b) => overlaps(b, p))) truePositives++;
      else misses.push(`${f.name}: false blank ${JSON.stringify(p.text)} in ${JSON.stringify(f.text.split('\n')[p.line])}`);
    }
    expected += f.blanks.length;
    for (const b of f.blanks) {
      if (result.placeholders.some((p) => overlaps(b, p))) recalled++;
      else misses.push(`${f.name}: missed blank ${JSON.stringify(f.text.slice(b.start, b.end))} at ${b.start}`);
    }
    const outlineLines = new Set(result.outline.filter((o) => o.level !== 'enum').map((o) => o.line));
    headings += f.headingLines.length;
    for (const line of f.headingLines) {
      if (outlineLines.has(line)) headingsFound++;
      else misses.push(`${f.name}: missed heading ${JSON.stringify(f.text.split('\n')[line])}`);
    }
    const cleaned = stripNoise(f.text).split('\n');
    noise += f.noiseLines.length;
    for (const line of f.noiseLines) {
      if (!cleaned.includes(line)) noiseRemoved++;
      else misses.push(`${f.name}: noise kept ${JSON.stringify(line)}`);
    }
    for (const fragment of f.fragments) {
      noise++;
      if (!cleaned.some((c) => c.includes(fragment))) noiseRemoved++;
      else misses.push(`${f.name}: fragment kept ${JSON.stringify(fragment)}`);
    }
    for (const line of f.contentLines) {
      const core = longestHanRun(line);
      if (!cleaned.some((c) => c.includes(core))) lostContent.push(`${f.name}: ${line}`);
    }
  }
  return {
    precision: truePositives / found,
    recall: recalled / expected,
    headingRecall: headingsFound / headings,
    noiseRemoved: noiseRemoved / noise,
    lostContent,
    misses,
    counts: { found, expected, headings, noise },
  };
}

describe('text copied from web pages (own fixtures in the shapes of real pages)', () => {
  const s = score();
  it('prints the score', () => {
    console.log(
      `web-text: blanks precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} (${s.counts.found} flagged, ${s.counts.expected} expected); ` +
        `headings ${s.headingRecall.toFixed(3)} of ${s.counts.headings}; noise removed ${s.noiseRemoved.toFixed(3)} of ${s.counts.noise} lines and fragments` +
        (s.misses.length ? `\n  ${s.misses.join('\n  ')}` : ''),
    );
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
  });
  it('finds the blanks and little else (precision ≥ 0.97, recall ≥ 0.98)', () => {
    expect(s.precision).toBeGreaterThanOrEqual(0.97);
    expect(s.recall).toBeGreaterThanOrEqual(0.98);
  });
  it('finds headings behind junk and damaged numbering', () => {
    expect(s.headingRecall).toBeGreaterThanOrEqual(0.95);
  });
  it('clean removes at least 90% of the site noise lines and no content line', () => {
    expect(s.noiseRemoved).toBeGreaterThanOrEqual(0.9);
    expect(s.lostContent).toEqual([]);
  });
});
