// The one sample report every fixture page loads: a 述职报告 with the four outline levels,
// inline 一是/二是 and blanks of several kinds. Written for these tests; each line is a paragraph.

export const SAMPLE_TITLE = '某某单位2025年度个人述职报告';

export const SAMPLE_LINES: string[] = [
  SAMPLE_TITLE,
  '根据组织安排，现将本人XX年度履职情况报告如下，请予评议。',
  '一、履职尽责情况',
  '（一）加强政治理论学习。',
  '1.坚持集中学习。全年参加中心组学习X次，撰写心得体会XX篇，带头讲授专题党课。',
  '（1）学习形式多样。一是组织专题读书班，二是开展线上答题活动，覆盖干部职工×××人。',
  '（2）学习成效明显。理论测试平均成绩达到XX%，较上年提高X个百分点。',
  '2.坚持学用结合。围绕____重点任务开展调研，形成调研报告X篇。',
  '（二）推动重点工作落实。',
  '1.项目建设稳步推进。全年完成投资XX万元，X月X日前完成主体工程验收。',
  '2.服务群众更加有力。一是办理群众诉求XXX件，二是走访企业某某家，三是解决实际困难____个。',
  '（三）严守纪律规矩。严格执行中央八项规定精神，全年未发生违规违纪问题。',
  '二、存在的问题',
  '一是理论学习深度不够，联系实际还不紧密；二是工作创新意识不强，办法不多。',
  '三、原因分析',
  '主要是主观上要求不严，对新形势新任务研究不深，抓落实的韧劲还需加强。',
  '四、下步打算',
  '（一）持续深化理论武装，每月开展专题学习不少于X次。',
  '（二）聚焦主责主业，力争于XXXX年X月底前完成年度目标任务。',
  '以上报告，请各位领导和同志们批评指正。',
  '述职人：×××',
];

export const SAMPLE_TEXT = SAMPLE_LINES.join('\n');

/** Blanks in the sample in reading order: the blank's text and the words just before it. */
export const SAMPLE_BLANKS: { text: string; before: string }[] = [
  { text: '某某', before: '' },
  { text: 'XX', before: '现将本人' },
  { text: 'X', before: '中心组学习' },
  { text: 'XX', before: '撰写心得体会' },
  { text: '×××', before: '覆盖干部职工' },
  { text: 'XX%', before: '平均成绩达到' },
  { text: 'X', before: '较上年提高' },
  { text: '____', before: '围绕' },
  { text: 'X', before: '形成调研报告' },
  { text: 'XX万元', before: '全年完成投资' },
  { text: 'X月X日', before: '，' },
  { text: 'XXX', before: '办理群众诉求' },
  { text: '某某', before: '走访企业' },
  { text: '____', before: '解决实际困难' },
  { text: 'X', before: '不少于' },
  { text: 'XXXX年X月', before: '力争于' },
  { text: '×××', before: '述职人：' },
];

/** Where each blank is in `text` (UTF-16 offsets), found by its context. */
export function locateBlanks(text: string): { text: string; start: number; end: number }[] {
  let from = 0;
  return SAMPLE_BLANKS.map((blank) => {
    const at = text.indexOf(blank.before + blank.text, from);
    if (at < 0) throw new Error(`blank ${blank.before}${blank.text} not found`);
    const start = at + blank.before.length;
    from = start + blank.text.length;
    return { text: blank.text, start, end: from };
  });
}

/** Heading near the end of the report, for "jump there" scenarios. */
export const LAST_HEADING = '四、下步打算';
