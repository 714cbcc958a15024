// The documents of the Docs mock, written for these tests in the style of a 述职报告 (not taken
// from the corpus). `report` spans several pages so only some tiles are rendered at a time;
// `long` is about 30,000 characters for the keystroke benchmark.

const SECTIONS = [
  [
    '一、履职尽责情况',
    [
      '（一）聚焦主责主业，推动重点任务落地。全年牵头完成重点项目XX项，完成率达到X%，其中按期交付的项目占比同比提高X个百分点。',
      '1.加强统筹协调。每季度召开协调会，梳理问题清单，明确责任人和完成时限，确保各项工作有人抓、有人管。',
      '2.强化过程管理。建立周调度、月通报机制，对进度滞后的事项逐项督办，累计督办事项XX件。',
      '（二）坚持问题导向，提升服务质量。围绕群众反映集中的问题，开展专项整治，办结率达到XX%。',
      '1.畅通反映渠道。设立线上线下受理窗口，全年受理各类诉求XX件，按时答复率保持在较高水平。',
      '2.完善评价机制。引入第三方评估，满意度较上年提升X个百分点，形成可复制的经验做法。',
    ],
  ],
  [
    '二、党风廉政建设情况',
    [
      '（一）落实主体责任。与班子成员签订责任书，开展廉政谈话某某次，做到压力层层传导。',
      '（二）加强警示教育。组织观看警示教育片，召开专题民主生活会，班子成员深入查摆问题。',
      '1.深化作风建设。持续整治形式主义、官僚主义，精简文件会议，基层减负成效明显。',
      '2.严格制度执行。修订完善内控制度____项，堵塞管理漏洞，规范权力运行。',
    ],
  ],
  [
    '三、存在的问题和不足',
    [
      '（一）创新意识还不够强。面对新形势新任务，思路不够开阔，办法不够多。',
      '（二）调查研究还不够深入。深入基层一线的次数偏少，对某某领域的情况掌握不够全面。',
      '（三）工作标准还需提高。个别工作满足于完成任务，精细化水平有待提升。',
    ],
  ],
  [
    '四、下一步工作打算',
    [
      '（一）加强理论学习，全年参加集中学习不少于XX次，提升政治判断力和执行力。',
      '（二）狠抓工作落实，力争在XXXX年底前完成全部既定目标任务。',
      '（三）严守纪律规矩，自觉接受监督，以实际行动树立良好形象。',
    ],
  ],
] as const;

function report(repeat: number): string {
  const lines = ['二〇XX年度个人述职报告', '', '按照组织安排，现将本人XXXX年度履职情况报告如下，请予评议。', ''];
  for (let r = 0; r < repeat; r++) {
    for (const [heading, paragraphs] of SECTIONS) {
      lines.push(r ? `${heading}（续${r}）` : heading);
      lines.push(...paragraphs);
      lines.push('');
    }
  }
  lines.push('述职人：某某', 'XXXX年X月X日');
  return lines.join('\n');
}

const DOCUMENTS: Record<string, () => string> = {
  report: () => report(3),
  short: () => report(1),
  long: () => report(Math.ceil(30_000 / report(1).length) + 2),
};

/** The document body (paragraphs joined by \n), or null for an unknown id. Any id ending in -noapi uses the base id's text. */
export function documentText(id: string): string | null {
  const make = DOCUMENTS[id.replace(/-noapi$/, '')];
  return make ? make() : null;
}
