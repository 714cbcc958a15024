import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/analysis/analyze';
import { createIncrementalAnalyzer } from '../lib/analysis/incremental';

/** A small deterministic PRNG (mulberry32) so every run measures the same text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const TOPICS = [
  '强化理论武装',
  '压实主体责任',
  '加强队伍建设',
  '推进作风建设',
  '深化改革创新',
  '优化营商环境',
  '抓好安全生产',
  '夯实基层基础',
];
const PHRASES = [
  '坚持以习近平新时代中国特色社会主义思想为指导',
  '全年组织集中学习X次，开展专题研讨XX次',
  '覆盖党员干部XXX人次，参与率达到XX%',
  '由×××同志牵头，某某科室具体负责',
  '累计投入资金X万元，完成项目____个',
  '于20XX年X月X日召开专题会议',
  '进一步提升政治站位，自觉做到“两个维护”',
  '建立健全长效机制，确保各项任务落到实处',
  '深入基层调研XX次，解决实际问题X个',
  '工作成效得到上级充分肯定',
];

function sentence(rand: () => number): string {
  return PHRASES[Math.floor(rand() * PHRASES.length)];
}

/** Some sentences; one paragraph in four is an inline enumeration 一是……；二是……；三是……。 */
function paragraph(rand: () => number, sentences: number): string {
  const enumerate = rand() < 0.25;
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) parts.push((enumerate ? CN[i] + '是' : '') + sentence(rand));
  return parts.join('；') + '。';
}

/**
 * A report-like text of about `size` characters: title, four heading levels, blanks, enumerations.
 * Returned as a flat string, as the engine meets texts: they arrive in messages (structured clone) or
 * from files. A `slice` of the joined text would be V8's view into a larger string, whose characters
 * cost the engine's charCodeAt loops an indirection that texts from messages and files do not have (the regex scan reads both
 * alike).
 */
export function generateReport(size: number, seed = 1): string {
  const rand = prng(seed);
  const out: string[] = ['某某局XX年度述职报告', '', '按照XX要求，现将本人履职情况报告如下：'];
  let length = out.join('\n').length;
  let l1 = 0;
  while (length < size) {
    const lines: string[] = [];
    lines.push(`${CN[l1 % 10]}、${TOPICS[l1 % TOPICS.length]}`);
    l1++;
    for (let l2 = 0; l2 < 3; l2++) {
      lines.push(`（${CN[l2]}）${TOPICS[(l1 + l2) % TOPICS.length]}。${paragraph(rand, 3)}`);
      for (let l3 = 1; l3 <= 3; l3++) {
        lines.push(`${l3}.${TOPICS[(l2 + l3) % TOPICS.length]}。${paragraph(rand, 4)}`);
        if (rand() < 0.3) lines.push(`（${l3}）${paragraph(rand, 2)}`);
        lines.push(paragraph(rand, 5));
      }
    }
    const chunk = lines.join('\n');
    out.push(chunk);
    length += chunk.length + 1;
  }
  return structuredClone(out.join('\n').slice(0, size));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall time of `fn` in ms, after warm-up, over at least `runs` runs or ~`budgetMs`. */
export function measure(fn: () => unknown, runs: number, budgetMs = 1500): number {
  for (let i = 0; i < Math.min(5, runs); i++) fn();
  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (times.length < runs || (performance.now() < deadline && times.length < runs * 10)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** CPU time (user + system) per call of `fn`, over a batch of `batch` calls, in ms. */
function cpuTime(fn: () => unknown, batch: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < batch; i++) fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / batch;
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures');

function bareScan(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/[XxＸ×]+|某某|_{2,}/g)) n++;
  return n;
}

/** `analyze` ÷ the bare scan on `text`, in wall time (medians) and in CPU time of batches. */
function printRatios(name: string, text: string): void {
  // Measured in alternation so both sides see the same machine load.
  const analyzeTimes: number[] = [];
  const scanTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    analyze(text);
    bareScan(text);
  }
  for (let i = 0; i < 30; i++) {
    let t0 = performance.now();
    analyze(text);
    analyzeTimes.push(performance.now() - t0);
    t0 = performance.now();
    bareScan(text);
    scanTimes.push(performance.now() - t0);
  }
  console.log(`RATIO ${name} ${(median(analyzeTimes) / median(scanTimes)).toFixed(2)}`);
  // On a shared machine, wall time also counts the waits for a core.
  const analyzeCpu: number[] = [];
  const scanCpu: number[] = [];
  for (let i = 0; i < 15; i++) {
    analyzeCpu.push(cpuTime(() => analyze(text), 10));
    scanCpu.push(cpuTime(() => bareScan(text), 50));
  }
  console.log(`RATIO ${name}-cpu ${(median(analyzeCpu) / median(scanCpu)).toFixed(2)}`);
}

/**
 * About `size` characters in the shapes of text pasted from web pages: our fixtures (test/fixtures),
 * the web-text ones without their test markup, one after another until the size is reached.
 */
export function pastedText(size: number): string {
  const texts: string[] = [];
  for (const dir of ['reports', 'web-text']) {
    const path = join(FIXTURES, dir);
    for (const file of readdirSync(path).sort()) {
      if (!file.endsWith('.txt') || file === 'not-a-report.txt') continue;
      texts.push(
        readFileSync(join(path, file), 'utf8')
          .replace(/^[⊘§]+/gm, '')
          .replace(/[⟦⟧⌫]/g, ''),
      );
    }
  }
  const out: string[] = [];
  for (let length = 0, i = 0; length < size; i++) {
    const text = texts[i % texts.length];
    out.push(text);
    length += text.length + 1;
  }
  return structuredClone(out.join('\n').slice(0, size));
}

const fmt = (ms: number) => ms.toFixed(3);

export default async function analysisBench(): Promise<void> {
  for (const [name, size, runs] of [
    ['10k', 10_000, 50],
    ['100k', 100_000, 20],
    ['1m', 1_000_000, 5],
  ] as const) {
    const text = generateReport(size);
    console.log(`MS analyze-${name} ${fmt(measure(() => analyze(text), runs))}`);
  }

  const text100k = generateReport(100_000);
  printRatios('analyze-vs-scan-100k', text100k);
  // The bench text is dense in blanks (long lines, a blank every 16 characters), where the regex scan
  // itself is slow; text as people paste it has short lines, junk, site chrome and few blanks.
  const pasted = pastedText(100_000);
  console.log(`MS analyze-100k-pasted ${fmt(measure(() => analyze(pasted), 20))}`);
  printRatios('analyze-vs-scan-100k-pasted', pasted);

  // One-paragraph edit in the middle of a 200k report: type a few characters, then delete them again.
  const INSERT = '新增X名';
  const text200k = generateReport(200_000);
  const analyzer = createIncrementalAnalyzer(text200k);
  const at = text200k.indexOf('。', text200k.length >> 1) + 1;
  let typed = false;
  const edit = () => {
    analyzer.apply(typed ? { start: at, end: at + INSERT.length, replacement: '' } : { start: at, end: at, replacement: INSERT });
    typed = !typed;
  };
  console.log(`MS incremental-edit-200k ${fmt(measure(edit, 200))}`);

  // A report pasted with its line breaks lost: one 1 MB paragraph, and typing below a 120k one.
  const oneLine = generateReport(1_000_000).replace(/\n/g, ' ').replace(/，/g, ',');
  console.log(`MS analyze-1m-one-line ${fmt(measure(() => analyze(oneLine), 5))}`);
  const belowParagraph = `${oneLine.slice(0, 120_000)}\n${text200k}`;
  const below = createIncrementalAnalyzer(belowParagraph);
  const end = belowParagraph.length;
  let added = false;
  const typeBelow = () => {
    below.apply(added ? { start: end, end: end + INSERT.length, replacement: '' } : { start: end, end, replacement: INSERT });
    added = !added;
  };
  console.log(`MS incremental-edit-below-120k-paragraph ${fmt(measure(typeBelow, 50))}`);
}
