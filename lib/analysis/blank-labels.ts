// What a blank stands for, read from the words around it: the unit right after (`XX名` → 名) or,
// failing that, a field name before a colon (`姓名：____` → 姓名). Kept as data so a new unit is
// one more string in a list.

/** Units a blank may precede, grouped by what they measure or name. */
// biome-ignore format: packed word list, kept in rows
export const UNIT_GROUPS = {
  date: ['年度', '年', '月份', '月', '日', '号'],
  time: ['季度', '个月', '小时', '分钟', '周', '天', '时', '点', '分'],
  count: [
    '人次', '人', '名', '位', '户', '次', '场', '期', '批', '轮', '项', '个', '件', '篇', '份', '条', '家',
    '座', '处', '台', '辆', '套', '本', '册', '部', '支', '张', '页', '字', '遍', '起', '例', '宗', '笔',
    '节', '课时', '学时', '堂', '届', '班', '年级', '级', '倍', '岁', '所', '间', '栋', '幢', '棵', '株', '头',
  ],
  measure: [
    '万元', '亿元', '千元', '元', '万', '亿', '千', '百', '%', '％', '‰', '平方公里', '平方米', '公里',
    '千米', '米', '亩', '公顷', '吨', '千克', '公斤', '斤', '度',
  ],
  place: ['省', '市', '县', '区', '镇', '乡', '村', '街道', '社区', '小区', '路', '街'],
  organisation: [
    '局', '厅', '委', '办', '科', '股', '室', '院', '站', '队', '中心', '公司', '集团', '企业', '单位',
    '部门', '学校', '中学', '小学', '幼儿园', '大学', '学院', '医院', '银行', '党支部', '支部',
    '党总支', '党委', '党组', '工委', '项目', '工程',
  ],
  person: [
    '同志', '校长', '副校长', '书记', '副书记', '局长', '副局长', '主任', '副主任', '县长', '市长',
    '区长', '镇长', '乡长', '村长', '部长', '处长', '科长', '股长', '所长', '站长', '院长', '厅长',
    '主席', '经理', '总经理', '董事长', '老师', '教师', '教授', '先生', '女士', '委员', '代表', '领导', '党员',
  ],
} as const;

/** The label shown for a unit when it differs from the unit as written. */
const LABEL_ALIASES: Record<string, string> = { '％': '%', 年度: '年', 月份: '月' };

// Scraped templates are often Traditional (`xx鎮`, `xx校長`): each unit is also matched in its
// Traditional spelling and labelled in Simplified, so both group together in the panel.
const TRADITIONAL =
  '鎮镇縣县區区鄉乡長长書书記记個个項项萬万億亿場场處处員员師师黨党團团學学醫医銀银間间條条輛辆單单門门廳厅辦办隊队屆届級级歲岁畝亩噸吨頁页張张冊册節节課课時时點点週周鐘钟號号餘余幾几棟栋業业體体額额圖图職职領领導导組组總总經经務务實实驗验';
const SIMPLIFIED_TO_TRADITIONAL = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i += 2) SIMPLIFIED_TO_TRADITIONAL.set(TRADITIONAL[i + 1], TRADITIONAL[i]);

function traditionalSpelling(unit: string): string {
  let out = '';
  for (const ch of unit) out += SIMPLIFIED_TO_TRADITIONAL.get(ch) ?? ch;
  return out;
}

/** Words between a blank and its unit that do not change what the blank counts (`XX余人` → 人). */
const APPROXIMATORS = '余多来几餘來幾';

const TRADITIONAL_ALIASES: Record<string, string> = {};

// Which blanks a unit can follow: any blank, or also a lone 某.
const AFTER_BLANK = 1;
const AFTER_MOU = 2;

// Every unit in one list, sorted by first character and longest first, so `人次` wins over `人`:
// the units starting with c are UNITS[GROUP_START[g] .. GROUP_START[g + 1]) where
// g = UNIT_FIRST_CHARS[c] (0: none). One load per blank tells whether a unit can follow.
const UNITS: string[] = [];
const UNIT_LABELS: string[] = [];
const UNIT_USES: number[] = [];
const GROUP_START = [0];
const UNIT_FIRST_CHARS = new Uint8Array(0x10000);

function addUnits(simplified: readonly string[], use: number, uses: Map<string, number>): void {
  for (const u of simplified) {
    const t = traditionalSpelling(u);
    uses.set(u, (uses.get(u) ?? 0) | use);
    if (t === u) continue;
    uses.set(t, (uses.get(t) ?? 0) | use);
    TRADITIONAL_ALIASES[t] = LABEL_ALIASES[u] ?? u;
  }
}

function buildUnitTable(): void {
  const uses = new Map<string, number>();
  addUnits(Object.values(UNIT_GROUPS).flat(), AFTER_BLANK, uses);
  // A lone 某 is a blank only before a date part, a place, an organisation or a person (某局, 某年,
  // 某同志); before a counter it is the ordinary word "a certain" (某个, 某次, 某项, 某位, 某天).
  // biome-ignore format: packed word list, kept in rows
  addUnits([
    '年度', '年', '月', '日',
    ...UNIT_GROUPS.place,
    ...UNIT_GROUPS.organisation,
    ...UNIT_GROUPS.person,
  ], AFTER_MOU, uses);
  const sorted = [...uses.keys()].sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0) || b.length - a.length);
  for (const u of sorted) {
    const first = u.charCodeAt(0);
    if (UNIT_FIRST_CHARS[first] === 0) {
      UNIT_FIRST_CHARS[first] = GROUP_START.length;
      GROUP_START.push(UNITS.length);
    }
    UNITS.push(u);
    UNIT_LABELS.push(LABEL_ALIASES[u] ?? TRADITIONAL_ALIASES[u] ?? u);
    UNIT_USES.push(uses.get(u)!);
  }
  GROUP_START.push(UNITS.length);
  if (GROUP_START.length - 2 > 0xff) throw new Error('too many unit first characters');
}
buildUnitTable();

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x09;
}

/** The label of the unit at `at` that can follow blanks of `use`, or undefined. */
function matchUnit(line: string, at: number, use: number): string | undefined {
  if (at >= line.length) return undefined;
  const group = UNIT_FIRST_CHARS[line.charCodeAt(at)];
  if (group === 0) return undefined;
  for (let k = GROUP_START[group]; k < GROUP_START[group + 1]; k++) {
    if ((UNIT_USES[k] & use) !== 0 && restMatches(line, at, UNITS[k])) return UNIT_LABELS[k];
  }
  return undefined;
}

/** Whether `word`, whose first character is at `at`, goes on in `line` as written. */
function restMatches(line: string, at: number, word: string): boolean {
  for (let j = 1; j < word.length; j++) if (line.charCodeAt(at + j) !== word.charCodeAt(j)) return false;
  return true;
}

function unitAt(line: string, from: number, use: number, approximate: boolean): string | undefined {
  let at = from;
  if (isSpace(line.charCodeAt(at))) {
    // `××××× 公司`: a space or two between a blank and its unit is common in scraped templates.
    for (let n = 0; n < 2 && at < line.length && isSpace(line.charCodeAt(at)); n++) at++;
    // `述职人：某某　单位：____`: after a space, a word ending in a colon names the next field.
    if (at < line.length && namesNextField(line, at)) return undefined;
  }
  const label = matchUnit(line, at, use);
  if (label === undefined && approximate && APPROXIMATORS.includes(line[at])) return matchUnit(line, at + 1, use);
  return label;
}

/** A short run of Han characters at `at` followed by a colon. */
function namesNextField(line: string, at: number): boolean {
  let end = at;
  while (end < line.length && end - at <= MAX_FIELD_NAME && isHan(line.charCodeAt(end))) end++;
  const c = line.charCodeAt(end);
  return end > at && (c === 0xff1a || c === 0x3a);
}

// Blanks are followed by the same few units again and again (`XX次`, `X个`, `XX%`), and the walk
// through the units sharing a first character mispredicts its branches at every other blank: the
// label is remembered per pair of characters after the blank, in a small direct-mapped table. Pairs
// that do not decide the label are not remembered: those starting with a space, an approximator
// (`余人`) or the first character of a longer unit (`平方公里`).
const PAIR_SLOT_BITS = 10;
/** The pair (first << 16 | second) each slot holds; -1 (U+FFFF twice, no unit) to begin with. */
const pairKeys = new Int32Array(1 << PAIR_SLOT_BITS).fill(-1);
const pairLabels: (string | undefined)[] = new Array(1 << PAIR_SLOT_BITS).fill(undefined);
const LOOKS_PAST_PAIR = new Uint8Array(0x10000);
for (const c of ' \u3000\u00a0\t' + APPROXIMATORS) LOOKS_PAST_PAIR[c.charCodeAt(0)] = 1;
for (const u of UNITS) if (u.length > 2) LOOKS_PAST_PAIR[u.charCodeAt(0)] = 1;

/** The unit a blank ending at `end` stands for, e.g. 名 in `XX名`, 人 in `XX余人`. */
export function unitAfter(line: string, end: number): string | undefined {
  if (end + 1 >= line.length || LOOKS_PAST_PAIR[line.charCodeAt(end)] !== 0) return uncachedUnitAfter(line, end);
  const pair = (line.charCodeAt(end) << 16) | line.charCodeAt(end + 1);
  const slot = Math.imul(pair, 0x9e3779b1) >>> (32 - PAIR_SLOT_BITS);
  if (pairKeys[slot] !== pair) {
    pairKeys[slot] = pair;
    pairLabels[slot] = uncachedUnitAfter(line, end);
  }
  return pairLabels[slot];
}

/**
 * What unitAfter answers, looked up every time. Exported for a test: the cache above is right only
 * while the label depends on no more than the pair it is keyed on.
 */
export function uncachedUnitAfter(line: string, end: number): string | undefined {
  return unitAt(line, end, AFTER_BLANK, true);
}

/** The noun a lone 某 at `end - 1` names (局 in `某局`), or undefined when 某 is an ordinary word. */
export function mouNounAfter(line: string, end: number): string | undefined {
  return unitAt(line, end, AFTER_MOU, false);
}

const MAX_FIELD_NAME = 6;

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** `姓名：____` → 姓名: a short field name right before a colon that precedes the blank. */
export function fieldNameBefore(line: string, start: number): string | undefined {
  let at = start;
  while (at > 0 && isSpace(line.charCodeAt(at - 1))) at--;
  if (at === 0) return undefined;
  const colon = line.charCodeAt(at - 1);
  if (colon !== 0xff1a && colon !== 0x3a) return undefined;
  const nameEnd = at - 1;
  let nameStart = nameEnd;
  while (nameStart > 0 && nameEnd - nameStart <= MAX_FIELD_NAME && isHan(line.charCodeAt(nameStart - 1))) nameStart--;
  const length = nameEnd - nameStart;
  if (length === 0 || length > MAX_FIELD_NAME) return undefined;
  return line.slice(nameStart, nameEnd);
}
