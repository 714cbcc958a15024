import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AD_PATTERNS, AD_RULE_KEYS, boilerplateReason, hasAdKeyword } from '../../lib/analysis/boilerplate';
import { analyze } from '../../lib/analysis/analyze';

describe('seller lines are recognised, with the reason a user would read', () => {
  it.each([
    // restriction
    ['仅供学习 禁止外传 用后删除', 'restriction'],
    ['【本资料仅供内部交流，严禁转载及用于商业用途】', 'restriction'],
    ['本文档版权所有，侵权必究', 'restriction'],
    ['仅供参考', 'restriction'],
    ['内部资料 违者必究', 'restriction'],
    // membership
    ['现在开通会员即可下载全部资料', 'membership'],
    ['订阅本站立享全部权益', 'membership'],
    ['【严厉打击倒卖】', 'membership'],
    ['发现倒卖资料者请联系我们', 'membership'],
    ['举报盗版成功者赠送半年服务', 'membership'],
    ['VIP用户可免费下载', 'membership'],
    // contact
    ['某某文库整理，咨询QQ 12345678', 'contact'],
    ['免费QQ群：', 'contact'],
    ['ＱＱ：87654321', 'contact'],
    ['加微信领取更多资料', 'contact'],
    ['微信：wenku_2024', 'contact'],
    ['更多干货请关注公众号“写作小站”', 'contact'],
    ['咨询电话：13912345678', 'contact'],
    ['代写材料 13912345678', 'contact'],
    ['投稿邮箱：tougao@example.com', 'contact'],
    // promotion
    ['下载后可编辑修改', 'promotion'],
    ['Word版可编辑', 'promotion'],
    ['更多精品范文请访问本站', 'promotion'],
    ['写作范文网 每日更新', 'promotion'],
    ['本文由网友投稿整理', 'promotion'],
    ['文海书屋整理', 'promotion'],
    ['访问官网 https://example.com 下载全文', 'promotion'],
    ['www.example.com', 'promotion'],
    ['扫码关注获取更多', 'promotion'],
    // garbage
    ['－－－－－－－－－－－－', 'garbage'],
    ['★★★★★', 'garbage'],
    ['……', 'garbage'],
    ['第 3 页 共 10 页', 'garbage'],
    ['共10页，第2页', 'garbage'],
    ['— 7 —', 'garbage'],
    ['Page 2 of 9', 'garbage'],
    ['3/12', 'garbage'],
    // page counters after indentation, in each dash and spelling the first-character test lets through
    ['\u3000第2页/共5页', 'garbage'],
    [' – 12 –', 'garbage'],
    ['\t－ 4 －', 'garbage'],
    ['  page 4', 'garbage'],
    ['\u00a012 / 30', 'garbage'],
  ])('%s → %s', (line, reason) => {
    expect(boilerplateReason(line)).toBe(reason);
  });
});

describe('report sentences that share words with adverts stay report text', () => {
  it.each([
    '发展工会会员XX名，为工会会员免费办理体检',
    '加强宣传，关注公众号推送，及时回应群众关切。',
    '建立微信工作群，及时传达上级精神。',
    '通过班级QQ群、微信群加强家校沟通，全年推送信息XX条。',
    '对“X组工”微信公众号进行功能升级，开设三大版块X项内容，集线上党员中心、转接组织关系于一体，接收党员回复留言X条，群众满意度明显提升。',
    '开通政策咨询热线12345，全年接听群众来电XX次。',
    '严厉打击倒卖车票、囤积居奇等扰乱市场秩序行为，全年查处案件XX起，维护了群众合法权益。',
    '组织收集整理新学期的电子课本、教案、课件等资料，提供给各校参考。',
    '（三）档案资料整理',
    '资料整理',
    '鼓励群众举报线索，全年受理举报XX件。',
    '认真学习党的十九届五中全会精神，更多地深入基层调研。',
    '联系电话：0551-12345678',
    '一、主要工作',
    '述职人：×××',
    '（  ）',
    '____________',
    '2020年×月×日',
    '第三，强化责任落实。',
    '1/3以上的党员参加了培训。',
  ])('%s', (line) => {
    expect(boilerplateReason(line)).toBeNull();
  });
});

describe('boilerplate in a whole document', () => {
  it('marks the seller lines of a copied template and keeps the report itself', () => {
    const text = [
      '仅供学习 禁止外传 用后删除',
      '现在开通会员即可下载全部资料',
      '某某局述职报告',
      '文海书屋整理，咨询QQ123456789',
      '　　20XX年，我认真履行职责，现述职如下：',
      '一、主要工作',
      '组织集中学习XX次。',
    ].join('\n');
    const { boilerplate, placeholders, outline } = analyze(text);
    expect(boilerplate.map((b) => [b.line, b.reason])).toEqual([
      [0, 'restriction'],
      [1, 'membership'],
      [3, 'contact'],
    ]);
    expect(placeholders.map((p) => p.text)).toEqual(['某某', 'XX', 'XX']);
    expect(outline.map((o) => o.title)).toContain('主要工作');
  });
});

describe('odd input', () => {
  it('answers quickly and without throwing on huge or strange lines', () => {
    expect(boilerplateReason('会员'.repeat(100_000))).toBeNull();
    expect(boilerplateReason('－'.repeat(100_000))).toBe('garbage');
    expect(boilerplateReason('\uD800\uDC00\u0000')).toBeNull();
    expect(boilerplateReason('😀😀')).toBeNull();
  });

  it('tries a rule only where the line holds one of its keys: every match of the rule holds one', () => {
    AD_PATTERNS.forEach((pattern, k) => {
      // A lookbehind only narrows a match (and fast-check cannot generate through one): dropped here.
      const wider = new RegExp(pattern.source.replace(/\(\?<!(?:[^()]|\([^()]*\))*\)/g, ''));
      fc.assert(
        fc.property(fc.stringMatching(wider), (s) => AD_RULE_KEYS[k].some((key) => s.includes(key))),
        { numRuns: 200, seed: k },
      );
    });
  });

  it('finds adverts only on lines that hold an advert keyword, which is what the line scan is told', () => {
    // Some rules match lines without one (`发布时间 ：`, `评论 复制`, `点“赞`): those lines stay text.
    const anyRuleMatch = fc.oneof(
      ...AD_PATTERNS.map((p) => fc.stringMatching(new RegExp(p.source.replace(/\(\?<!(?:[^()]|\([^()]*\))*\)/g, '')))),
    );
    const line = fc.oneof(anyRuleMatch, fc.constantFrom('发布时间 ：2026-01-02 作者 某某', '评论 复制', '点“赞', '时间 ：2026-01 栏目'));
    fc.assert(
      fc.property(line, (s) => boilerplateReason(s) === boilerplateReason(s, hasAdKeyword(s))),
      { numRuns: 3000, seed: 1 },
    );
  });

  it('keeps the keyword prefilter in step with every rule', () => {
    // biome-ignore format: packed word list, kept in rows
    const samples = [
      '仅供学习', '禁止外传', '用后删除', '用于商业用途', '侵权必究', '版权所有', '未经授权，禁止', '仅供参考',
      '违者必究', '内部资料', '会员', '订阅', '倒卖', '举报', 'VIP', '付费', 'QQ：', 'qq群', 'ＱＱ', '微信号',
      '加微信', 'vx：abcdef', '公众号', '咨询QQ', '咨询：1', '13912345678', '0551-1234567', 'a@b.cn',
      '可编辑', '更多范文', '范文网', '每日更新', '本文由', '资料来源：', '某某整理', 'http://', 'www.', '扫码',
      '扫描二维码', '长按识别', '点击下载', '首页 > 范文', '发布时间：2026 来源', '时间：2026-01 栏目', '字号：大',
      '【打印】', '上一篇：', '分享到', '相关推荐', '热门文章', '猜你喜欢', '关怀版', '上传人：', '下载 举报',
      '收藏 点赞', '省略1,234字', '全文共6,000字', '当前仅显示', '还剩5页未读', '继续免费阅读', '阅读全文',
      '小编整理', '欢迎阅读', '希望大家喜欢', '版权说明：',
    ];
    for (const s of samples) {
      const ruleHit = AD_PATTERNS.some((p) => p.test(s));
      if (ruleHit) expect(hasAdKeyword(s), s).toBe(true);
    }
    expect(samples.filter((s) => AD_PATTERNS.some((p) => p.test(s))).length).toBeGreaterThan(60);
  });
});
