// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { isReport, reportScore } from '../../lib/analysis/report-score';

const score = (text: string) => reportScore(analyze(text), text);
const fixtures = join(__dirname, '../fixtures/reports');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const CORPUS = '/work/shared/corpus';

const CHAT = [
  '小王：今晚一起吃饭吗？',
  '小李：好呀，七点楼下见。',
  '小王：记得带伞，听说要下雨。',
  '小李：收到！顺便把上次借的书还你。',
].join('\n');

const NUMBERED_NOTES = ['周末安排：', '1. 买菜，西红柿两斤', '2. 洗车', '3. 给妈妈打电话', '4. 看电影'].join('\n');

const ENGLISH = [
  'Annual Report 2025',
  '1. Overview',
  'This year the team shipped three releases and improved test coverage.',
  '2. Problems',
  'Onboarding documentation is still incomplete.',
].join('\n');

const NEWS = [
  '本报讯 昨日，市图书馆新馆正式开放，首日接待读者三千余人。',
  '新馆共设六层，藏书一百二十万册，并开设少儿阅读区和自习区。',
  '不少市民一早便在门口排队，有读者表示，新馆环境明亮，借书也更方便了。',
].join('\n');

const SKELETON = [
  'XX单位XX年度述职报告',
  '一、主要工作',
  '（一）XXXXXX',
  '（二）XXXXXX',
  '二、存在的问题',
  '（一）XXXXXX',
  '三、下步工作打算',
  '特此报告。',
  '述职人：XXX',
  '20XX年X月X日',
].join('\n');

describe('report score', () => {
  it('stays below 0.3 for a chat page, a list of notes, an English report and a news story', () => {
    for (const [name, text] of [
      ['chat', CHAT],
      ['notes', NUMBERED_NOTES],
      ['english', ENGLISH],
      ['news', NEWS],
    ]) {
      expect(score(text), name).toBeLessThan(0.3);
    }
  });

  it('is above 0.5 for a skeleton template that is still all blanks', () => {
    expect(score(SKELETON)).toBeGreaterThan(0.5);
    expect(isReport(score(SKELETON))).toBe(true);
  });

  it.each(['shuzhi-blanks.txt', 'dangjian-shuzhi.txt', 'gongzuo-zongjie-crlf.txt', 'web-copied-messy.txt', 'pinyin-traditional.txt'])(
    'is above 0.7 for the report fixture %s',
    (name) => {
      expect(score(fixture(name))).toBeGreaterThan(0.7);
    },
  );

  it('says the one-line everyday fixture is not a report', () => {
    const s = score(fixture('not-a-report.txt'));
    expect(s).toBeLessThan(0.3);
    expect(isReport(s)).toBe(false);
  });

  it.skipIf(!existsSync(CORPUS))('is above 0.7 for every real template in the shared corpus', () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(score(readFileSync(join(CORPUS, f), 'utf8')), f).toBeGreaterThan(0.7);
  });

  it('rises when a plain text gains report headings and wording', () => {
    const plain = '今年以来我们做了很多事情，大家都很辛苦。';
    const report = ['现将今年工作总结如下：', '一、主要工作', plain, '二、存在的问题', '人手不足。', '三、下步工作打算', '加强培训。'].join(
      '\n',
    );
    expect(score(report)).toBeGreaterThan(score(plain) + 0.3);
  });

  it('stays within 0 and 1 and never throws on empty, huge or odd input', () => {
    const odd = ['', '\n\n\n', '\uFEFF', '一、'.repeat(100_000), 'X'.repeat(300_000), '\uD800\uDC00（一）'];
    for (const text of odd) {
      const s = score(text);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
});

describe('report score called the other way round', () => {
  it('gives the same score for (text, result) as for (result, text)', () => {
    const text = fixture('shuzhi-blanks.txt');
    const result = analyze(text);
    const swapped = (reportScore as unknown as (a: string, b: unknown) => number)(text, result);
    expect(swapped).toBe(reportScore(result, text));
  });
});
