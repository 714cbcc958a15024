// Wording that marks a text as a formal report (述职报告, 工作总结, 党建述职). Simplified forms; the
// scorer maps the Traditional characters these phrases use (TRADITIONAL_TO_SIMPLIFIED) before matching.

/** Phrases that belong to the frame of a report: its opening, sections, closing. */
export const REPORT_FRAME_PHRASES: readonly string[] = [
  '述职如下',
  '报告如下',
  '总结如下',
  '述职报告',
  '工作总结',
  '工作报告',
  '现将',
  '基本情况',
  '履职情况',
  '主要工作',
  '主要做法',
  '主要成效',
  '取得的成效',
  '工作成效',
  '存在的问题',
  '存在问题',
  '主要问题',
  '原因分析',
  '整改措施',
  '下步工作',
  '下一步工作',
  '工作打算',
  '工作思路',
  '工作计划',
  '努力方向',
  '特此报告',
  '请予评议',
  '以上述职',
  '批评指正',
  '述职人',
];

/** Formal working vocabulary common in reports (and in official news, so it weighs less). */
export const FORMAL_WORDS: readonly string[] = [
  '进一步',
  '贯彻落实',
  '深入贯彻',
  '扎实',
  '切实',
  '坚持',
  '加强',
  '推进',
  '强化',
  '提升',
  '持续',
  '不断',
  '全面从严治党',
  '党建',
  '党组织',
  '党员',
  '同志',
  '机制',
  '责任',
  '部署',
  '履行',
  '职责',
  '开展',
  '成效',
  '年度',
];

/** Traditional characters used in the phrases above (and around them), for scraped Traditional templates. */
export const TRADITIONAL_TO_SIMPLIFIED: Readonly<Record<string, string>> = Object.fromEntries(
  Array.from(
    '職职報报總总結结現现將将礎础況况際际問问題题進进計计劃划評评議议貫贯徹彻實实紮扎堅坚強强動动續续斷断從从嚴严黨党組组織织員员機机製制責责務务開开績绩請请導导這这們们層层級级設设學学習习會会專专項项規规範范業业與与為为對对關关於于發发揮挥處处應应'.matchAll(
      /(.)(.)/gu,
    ),
    (m) => [m[1], m[2]],
  ),
);
