import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, stripNoise } from '../../lib/analysis/clean';
import { isPinyinSyllable, stripPinyin } from '../../lib/analysis/pinyin-garble';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/reports', name), 'utf8');

describe('pinyin annotations', () => {
  it('removes toned pinyin after each character', async () => {
    expect(await clean('實(shí)驗(yàn)小學(xué)黨支部')).toBe('實驗小學黨支部');
  });

  it('removes toneless syllables, numbered tones and full-width brackets', async () => {
    expect(await clean('我的(de)工作們(men)')).toBe('我的工作們');
    expect(await clean('學(xue2)習（xí）')).toBe('學習');
  });

  it('removes a repeated annotation after one character in one go', () => {
    expect(stripPinyin('實(shí)(shí)驗')).toBe('實驗');
  });

  it('keeps real brackets: ordinals, years, abbreviations, notes and blanks', async () => {
    const line = '(一)加强学习(2022年)，推广(AI)应用（注：数据截至年底）由(XX)负责(a)';
    expect(await clean(line)).toBe(line);
  });

  it('keeps English words in brackets that are not one pinyin syllable', async () => {
    expect(await clean('数据模型(model)和平台(online)')).toBe('数据模型(model)和平台(online)');
  });

  it('keeps pinyin that does not follow a Chinese character', async () => {
    expect(await clean('拼音 (shí) 示例')).toBe('拼音 (shí) 示例');
  });

  it('knows valid syllables from look-alikes', () => {
    for (const s of ['shí', 'yàn', 'de', 'zhuàng', 'lǜ', 'xué', 'er']) expect(isPinyinSyllable(s), s).toBe(true);
    for (const s of ['model', 'xx', 'abc', 'a', 'shíshí', 'ng']) expect(isPinyinSyllable(s), s).toBe(false);
  });
});

describe('advert lines', () => {
  it('drops seller lines and keeps the report with its blank lines', async () => {
    const text = [
      '仅供学习 禁止外传 用后删除',
      '某某局述职报告',
      '',
      '文海书屋整理，咨询QQ123456789',
      '一、主要工作',
      '组织学习XX次。',
    ].join('\n');
    expect(await clean(text)).toBe(['某某局述职报告', '', '一、主要工作', '组织学习XX次。'].join('\n'));
  });

  it('cleans the messy web copy down to the report', async () => {
    const cleaned = await clean(fixture('web-copied-messy.txt'));
    expect(cleaned).not.toMatch(/QQ|会员|禁止外传|更多精品范文/);
    expect(cleaned).toContain('社区党支部书记述职报告');
    expect(cleaned).toContain('(三)、抓队伍，凝聚合力。');
    expect(cleaned).toContain('2020年×月×日');
  });

  it('drops a line that only reads as an advert once its pinyin is gone or it is Simplified', async () => {
    expect(await clean('会(huì)员(yuán)群：\n正文')).toBe('正文');
    expect(await clean('會(huì)員(yuán)群：\n正文', { simplified: true })).toBe('正文');
  });
});

describe('line structure', () => {
  it('keeps CRLF line endings', async () => {
    const text = '一、主要工作\r\n仅供学习 禁止外传 用后删除\r\n實(shí)驗\r\n';
    expect(await clean(text)).toBe('一、主要工作\r\n實驗\r\n');
  });

  it('leaves the CRLF fixture unchanged when there is nothing to clean', async () => {
    const text = fixture('gongzuo-zongjie-crlf.txt');
    expect(await clean(text)).toBe(text);
  });

  it('leaves a clean report untouched', async () => {
    const text = fixture('shuzhi-blanks.txt');
    expect(await clean(text)).toBe(text);
    expect(stripNoise(text)).toBe(text);
  });

  it('handles empty text and text that is all adverts', async () => {
    expect(await clean('')).toBe('');
    expect(await clean('仅供学习 禁止外传 用后删除')).toBe('');
  });

  it('does not stumble over a BOM before an advert line', async () => {
    expect(await clean('\uFEFF仅供学习 禁止外传 用后删除\n正文')).toBe('正文');
  });
});

describe('Traditional to Simplified', () => {
  it('converts only when asked', async () => {
    expect(await clean('實驗小學黨支部')).toBe('實驗小學黨支部');
    expect(await clean('實驗小學黨支部', { simplified: true })).toBe('实验小学党支部');
  });

  it('converts characters the tables chain (薴 → 苧 → 苎) all the way, so a second clean changes nothing', async () => {
    const once = await clean('種植薴麻', { simplified: true });
    expect(await clean(once, { simplified: true })).toBe(once);
    expect(once).toBe('种植苎麻');
  });

  it('turns the pinyin-garbled Traditional fixture into plain Simplified text with its brackets', async () => {
    const cleaned = await clean(fixture('pinyin-traditional.txt'), { simplified: true });
    expect(cleaned.split('\n')[0]).toBe('xx中学党支部20XX年度工作总结');
    expect(cleaned).toContain('(二)(2020年)开展结对帮扶活动X次。');
    expect(cleaned).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
  });
});

describe('idempotence', () => {
  it.each([
    ['the messy web copy', 'web-copied-messy.txt'],
    ['the pinyin-garbled fixture', 'pinyin-traditional.txt'],
    ['the CRLF report', 'gongzuo-zongjie-crlf.txt'],
  ])('cleaning %s twice gives the same text as once', async (_name, file) => {
    for (const simplified of [false, true]) {
      const once = await clean(fixture(file), { simplified });
      expect(await clean(once, { simplified })).toBe(once);
    }
  });

  it('is stable on tricky chains of brackets', async () => {
    for (const text of ['實(shí)(AI)(shí)', '實((shí))', '(shí)(shí)', '實(shí)\n(shí)', '會(huì)員(yuán)群']) {
      const once = await clean(text);
      expect(await clean(once), text).toBe(once);
    }
  });
});

describe('odd input', () => {
  it('copes with a huge garbled text', async () => {
    const text = '實(shí)'.repeat(50_000);
    expect(await clean(text)).toBe('實'.repeat(50_000));
  });
});
