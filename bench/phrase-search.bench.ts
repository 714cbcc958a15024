// Phrase search over 10,000 phrases (defaults varied with prefixes and suffixes): median time of
// one query over a mix of character, full-pinyin and initials queries.
import { buildPhraseIndex, type SearchablePhrase } from '../lib/phrase-search';
import { DEFAULT_PHRASES } from '../lib/library';

const PREFIXES = ['', '同时，', '此外，', '全年', '本单位', '进一步', '持续', '我们'];
const SUFFIXES = ['', '工作', '，取得实效', '（XX项）', '，效果明显', '，群众满意'];
const QUERIES = [
  '现将',
  'xianjiang',
  'xjrx',
  '整改',
  'zhenggai',
  'zg',
  '学习',
  'xuexi',
  'xx',
  '党建 责任',
  'dj',
  'qnzzxx',
  '述职',
  'shuzhi',
  '成效',
  'anquan',
  '廉洁',
  'ljzl',
  '群众',
  'q',
];

function phrases(count: number): SearchablePhrase[] {
  const out: SearchablePhrase[] = [];
  for (let i = 0; out.length < count; i++) {
    const base = DEFAULT_PHRASES[i % DEFAULT_PHRASES.length].text;
    const variant = Math.floor(i / DEFAULT_PHRASES.length);
    const text =
      PREFIXES[variant % PREFIXES.length] +
      base.replace(/。$/, '') +
      SUFFIXES[Math.floor(variant / PREFIXES.length) % SUFFIXES.length] +
      '。';
    out.push({ id: i + 1, text, favourite: i % 37 === 0 });
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export default async function run(): Promise<void> {
  // What the panel pays on its first pinyin query over the shipped library (pinyin-pro warm).
  await buildPhraseIndex([{ id: 0, text: '预热' }]);
  const defaultsStart = performance.now();
  await buildPhraseIndex(DEFAULT_PHRASES.map((p, i) => ({ id: i + 1, text: p.text })));
  const defaultsMs = performance.now() - defaultsStart;

  const list = phrases(10_000);
  const buildStart = performance.now();
  const index = await buildPhraseIndex(list);
  const buildMs = performance.now() - buildStart;
  for (let i = 0; i < 3; i++) for (const q of QUERIES) index.search(q);
  const times: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const q of QUERIES) {
      const start = performance.now();
      index.search(q);
      times.push(performance.now() - start);
    }
  }
  console.log(`MS phrase-search ${median(times).toFixed(3)}`);
  console.log(`MS phrase-search-build-10k ${buildMs.toFixed(0)}`);
  console.log(`MS phrase-index-defaults ${defaultsMs.toFixed(1)}`);
}
