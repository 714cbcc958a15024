// The shapes of text copied from web pages, one behaviour each (the fixtures in
// test/fixtures/web-text are scored as a whole in web-text.test.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { boilerplateReason } from '@/lib/analysis/boilerplate';
import { clean, cleanWithReport } from '@/lib/analysis/clean';
import { contentRange } from '@/lib/analysis/junk';
import { findPlaceholdersInLine } from '@/lib/analysis/placeholders';

const blanks = (line: string) => findPlaceholdersInLine(line).map((p) => p.text);
const textOf = (line: string) => {
  const r = contentRange(line);
  return r === 'all' ? '' : r ? line.slice(r.from, r.to) : line;
};

describe('anti-copy junk from forum software', () => {
  it('takes a line of random short tokens for junk, with the reason', () => {
    expect(contentRange('7 K& q2 Z! m$ P0 x8 {4 s')).toBe('all');
    expect(analyze('一、总体情况\n) r, G4 k* x( _7 e2 L\n共XX人').boilerplate.map((b) => b.reason)).toEqual(['junk']);
  });

  it('leaves junk glued before or after a line out of the scan, with exact offsets', () => {
    expect(textOf('; b3 W* 1.抓好理论学习')).toBe('1.抓好理论学习');
    expect(textOf('二、结尾用语6 f^ R1')).toBe('二、结尾用语');
    expect(textOf('推进项目建设k7 T, A2 _')).toBe('推进项目建设');
    const text = '5 ?# B; _1 X* u) v 围绕20XX年目标，完成XX项';
    const result = analyze(text);
    expect(result.placeholders.map((p) => text.slice(p.start, p.end))).toEqual(['XX', 'XX']);
    const heading = analyze('; b3 W* 1.抓好理论学习').outline[0];
    expect([heading.marker, heading.start]).toEqual(['1.', 8]);
  });

  it('keeps ordinary text that has short ASCII tokens in it', () => {
    for (const line of ['平台按 x1 y1 z1 记录位置', 'a + b = c', '见附件1 2 3', 'A1 B2 C3 D4', '型号 SP2 X3']) {
      expect(contentRange(line)).toBeNull();
    }
  });

  it('clean drops junk lines and strips glued junk and watermarks', async () => {
    const copied = '一、总体情况8 c! V: H) q6 x\n$ N1 |! u7 j. x0 p3 b9 d\n全年发展党员X名。某某之家—全网资源每日更新www.example.com';
    expect(await clean(copied)).toBe('一、总体情况\n全年发展党员X名。');
  });
});

describe('site chrome and paywall notes', () => {
  it.each([
    ['首页 > 范文大全 > 工作总结 > 正文', 'site'],
    ['发布时间：2026-03-12 来源：本站 浏览次数：1,204 次', 'site'],
    ['【字号：大 中 小】【打印】【关闭】', 'site'],
    ['上一篇：2026年社区工作计划', 'site'],
    ['分享到：微信 微博', 'site'],
    ['相关推荐', 'site'],
    ['关怀版 | 无障碍浏览', 'site'],
    ['上传人：b****6 文档编号：66851 格式：DOCX 页数：8', 'site'],
    ['下载 相关 举报', 'site'],
    ['……（某某网省略1,234字，正式会员可完整阅读）……', 'paywall'],
    ['（未完，全文共6,000字，当前仅显示2,000字）', 'paywall'],
    ['已阅读3页，还剩5页未读，继续免费阅读', 'paywall'],
    ['以下是小编精心整理的工作总结，欢迎阅读。', 'promotion'],
  ])('%s → %s', (line, reason) => {
    expect(boilerplateReason(line)).toBe(reason);
  });

  it('keeps report sentences that use the same words', () => {
    for (const line of [
      '一、相关工作推进情况',
      '建立信息发布时间表，做到及时准确。',
      '全年组织干部继续深造XX人，阅读全文件汇编XX册。',
      '做好关怀帮扶工作，走访困难党员XX户。',
    ]) {
      expect(boilerplateReason(line)).toBeNull();
    }
  });
});

describe('asterisks and look-alikes', () => {
  it('takes stars after the first digits of a year and between brackets for blanks', () => {
    expect(blanks('关于20**年度评议工作的总结')).toEqual(['**']);
    expect(blanks('根据【**】组关于【***】的请示')).toEqual(['**', '***']);
  });

  it('keeps Markdown bold and masked user names out', () => {
    expect(blanks('**重点工作**：一是学习')).toEqual([]);
    expect(blanks('本文由会员(b****8)上传')).toEqual([]);
  });

  it('does not take variables, code or a quoted letter for blanks', () => {
    expect(blanks('按 x1 y1 z1 记录，矩阵为 B= x2 y2。')).toEqual([]);
    expect(blanks('回调写作 () => void，配置项 page_limits: [] 默认为空')).toEqual([]);
    expect(blanks('文中“X”代表罗马数字10，「X」号楼为档案室')).toEqual([]);
    expect(blanks('荣获“XXX”荣誉称号，填写（ ）内容')).toEqual(['XXX', '（ ）']);
  });

  it('finds a blank right after a pinyin annotation', () => {
    expect(blanks('參(cān)加人員(yuán)XX人')).toEqual(['XX']);
  });

  it('cleans an annotation with a space before its bracket', async () => {
    expect(await clean('會(huì )議(yì)紀(jì)要')).toBe('會議紀要');
  });
});

describe('damaged numbering', () => {
  it('reads l. as 1. and ( 1 ) and 1) as headings', () => {
    const outline = analyze('一、总体\nl.义务教育\n( 1 )开设专业\n2)职业教育').outline;
    expect(outline.map((o) => [o.marker, o.level, o.ordinal])).toEqual([
      ['一、', 1, 1],
      ['l.', 3, 1],
      ['( 1 )', 4, 1],
      ['2)', 4, 2],
    ]);
  });
});

describe('a clean that shows its work', () => {
  const copied = ['首页 > 范文 > 总结', '一、总体情况k7 T, A2 _', '全年发展党员X名。', '相关推荐'].join('\n');

  it('lists every removed line and fragment with its reason', async () => {
    const report = await cleanWithReport(copied);
    expect(report.removals.map((r) => [r.line, r.reason, r.whole, r.text])).toEqual([
      [0, 'site', true, '首页 > 范文 > 总结'],
      [1, 'junk', false, 'k7 T, A2 _'],
      [3, 'site', true, '相关推荐'],
    ]);
    expect(report.text).toBe('一、总体情况\n全年发展党员X名。');
  });

  it('keeps what the user chose to keep', async () => {
    const report = await cleanWithReport(copied, { keep: new Set([1, 2]) });
    expect(report.text).toBe('一、总体情况k7 T, A2 _\n全年发展党员X名。\n相关推荐');
  });

  it('counts pinyin annotations and notices Traditional text', async () => {
    const report = await cleanWithReport('會(huì)議(yì)紀(jì)要：參加人員XX人，發言X次');
    expect(report.pinyin).toBe(3);
    expect(report.traditional).toBe(true);
    expect((await cleanWithReport('会议纪要：参加人员XX人')).traditional).toBe(false);
  });
});
