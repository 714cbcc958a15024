// Expressions that were the current wording in their years and read as stale in a later report,
// because reports are often rewritten from an old template. Only hints: a report may well mention
// them on purpose (looking back, quoting). Our own list, dated from public records.

export interface DatedExpression {
  /** Literal text that every match contains: a cheap test before the regular expressions run. */
  key: string;
  /** A regular expression source without capture groups. */
  pattern: string;
  /** A phrase this entry must find (checked by the tests). */
  example: string;
  /** First and last year in which this was the current wording. */
  current: [number, number];
  /** What replaced it, when there is a successor wording. */
  replacedBy?: { zh: string; en: string };
}

export const DATED_EXPRESSIONS: readonly DatedExpression[] = [
  {
    key: '十九届',
    pattern: '十九届(?:[一二三四五六七]中|系列|历次)?全会精神',
    example: '学习贯彻党的十九届五中全会精神',
    current: [2017, 2022],
    replacedBy: { zh: '党的二十届历次全会精神', en: 'the plenary sessions of the 20th Central Committee' },
  },
  {
    key: '十九大',
    pattern: '党的十九大(?:和十九届[^，。；]{0,12})?精神',
    example: '深入学习党的十九大精神',
    current: [2017, 2022],
    replacedBy: { zh: '党的二十大精神', en: 'the 20th Party Congress' },
  },
  {
    key: '新冠肺炎',
    pattern: '新冠肺炎',
    example: '全力防控新冠肺炎疫情',
    current: [2020, 2022],
    replacedBy: { zh: '新冠病毒感染（2022年12月更名）', en: 'COVID-19 infection (renamed December 2022)' },
  },
  {
    key: '常态化',
    pattern: '疫情防控常态化|常态化疫情防控',
    example: '做好常态化疫情防控工作',
    current: [2020, 2022],
  },
  {
    key: '两学一做',
    pattern: '两学一做',
    example: '推进“两学一做”学习教育',
    current: [2016, 2019],
  },
  {
    key: '不忘初心',
    pattern: '不忘初心、牢记使命[”"]?主题教育',
    example: '巩固“不忘初心、牢记使命”主题教育成果',
    current: [2019, 2020],
  },
  {
    key: '党史学习',
    pattern: '党史学习教育',
    example: '扎实开展党史学习教育',
    current: [2021, 2021],
  },
  {
    key: '主题教育',
    pattern: '学习贯彻习近平新时代中国特色社会主义思想主题教育',
    example: '开展学习贯彻习近平新时代中国特色社会主义思想主题教育',
    current: [2023, 2023],
  },
  {
    key: '党纪学习',
    pattern: '党纪学习教育',
    example: '深入开展党纪学习教育',
    current: [2024, 2024],
  },
  {
    key: '三严三实',
    pattern: '三严三实',
    example: '践行“三严三实”要求',
    current: [2015, 2016],
  },
  {
    key: '群众路线',
    pattern: '群众路线教育实践活动',
    example: '党的群众路线教育实践活动',
    current: [2013, 2014],
  },
  {
    key: '创先争优',
    pattern: '创先争优活动',
    example: '深入开展创先争优活动',
    current: [2010, 2012],
  },
  {
    key: '扫黑除恶',
    pattern: '扫黑除恶专项斗争',
    example: '推进扫黑除恶专项斗争',
    current: [2018, 2020],
    replacedBy: { zh: '常态化扫黑除恶斗争', en: 'regular anti-gang campaign' },
  },
  {
    key: '脱贫攻坚',
    pattern: '打赢脱贫攻坚战|脱贫攻坚决战',
    example: '坚决打赢脱贫攻坚战',
    current: [2015, 2020],
    replacedBy: { zh: '巩固拓展脱贫攻坚成果同乡村振兴有效衔接', en: 'consolidating poverty alleviation and rural revitalisation' },
  },
  {
    key: '小康',
    pattern: '决胜全面建成小康社会',
    example: '决胜全面建成小康社会',
    current: [2017, 2020],
  },
  {
    key: '十三五',
    pattern: '十三五',
    example: '“十三五”规划目标全面完成',
    current: [2016, 2020],
    replacedBy: { zh: '“十四五”“十五五”规划', en: 'the 14th and 15th Five-Year Plans' },
  },
  {
    key: '十四五',
    pattern: '[“"]?十四五[”"]?开局之年',
    example: '今年是“十四五”开局之年',
    current: [2021, 2021],
  },
];
