// Arbitraries for fields: template text made of the sentences reports leave blank (dates and years
// in every written form, counts, names, units), and a valid value for any field.
import fc from 'fast-check';
import type { Field } from '../../lib/fields';
import { yearPattern } from '../../lib/fields/values';

const YEARS = [
  '20XX',
  'XXXX',
  '20xx',
  '２０XX',
  '____',
  '___',
  '二〇XX',
  '二○XX',
  '202X',
  '19XX',
  'XX',
  '某',
  '某某',
  '2026',
  '二〇二六',
  '＿＿＿＿',
];
const MONTHS = ['X', 'XX', '__', '某', '3', '12', '三', 'Ｘ'];
const DAYS = ['X', 'XX', '__', '某', '5', '28', '五', 'Ｘ'];

/** A date or year as templates write it: `20XX年X月X日`, `XXXX年度`, `2026年X月`, `〔20XX〕` … */
export const dateOrYear: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...YEARS), fc.constantFrom(...MONTHS), fc.constantFrom(...DAYS), fc.constantFrom('日', '号'))
    .map(([y, m, d, day]) => `${y}年${m}月${d}${day}`),
  fc.tuple(fc.constantFrom(...YEARS), fc.constantFrom(...MONTHS)).map(([y, m]) => `${y}年${m}月`),
  fc.tuple(fc.constantFrom(...MONTHS), fc.constantFrom(...DAYS)).map(([m, d]) => `${m}月${d}日`),
  fc.constantFrom(...YEARS).map((y) => `${y}年`),
  fc.constantFrom(...YEARS).map((y) => `${y}年度`),
  fc.constantFrom('20XX', 'XXXX', '202X').map((y) => `〔${y}〕X号`),
  fc.constantFrom('20XX', 'XXXX').map((y) => `${y}—${y}学年`),
  fc.constantFrom(...MONTHS).map((m) => `${m}月份`),
);

// biome-ignore format: packed word list, kept in rows
const OTHER = [
  '开展培训XX次', '覆盖XX人', 'XX余人参加', '完成率XX%', '增长XX％', '投入资金XX万元', 'XXX同志', '述职人：____', '姓名：XXX',
  '单位：________', '某某单位', 'XX局', 'XX党支部', 'XX省XX市', '主题为____', '（  ）', '工作XX年', '近XX年来',
  '职务：____', '某局', 'X.X亿元', '第X期', '为期X天', 'XX个月',
];

const WORDS = [
  '我',
  '认真学习',
  '主要工作',
  '现将有关情况报告如下',
  '在党组的领导下',
  '取得成效',
  '工作打算',
  '下一步',
  '明年',
  '本年度',
  '全年',
  '召开会议',
];
// No colon: `某某单位：XXXX` makes one blank the field name of the next, which changes when it is filled.
const PUNCT = ['。', '，', '；', '、', ' ', '\n'];
const HEADINGS = [
  '一、主要工作\n',
  '二、存在问题\n',
  '三、下步工作打算\n',
  '（一）强化理论武装\n',
  '二、XX年工作计划\n',
  '一、20XX年工作回顾\n',
];

const blankPiece = fc.oneof({ weight: 4, arbitrary: dateOrYear }, { weight: 3, arbitrary: fc.constantFrom(...OTHER) });
// Blanks in a template are separated by words or punctuation: two blanks written against each other
// (`____Ｘ月`) are read by the analysis as one run, which no template does on purpose.
const separator = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...HEADINGS.map((h) => `\n${h}`)) },
);

/** A template: a title, then sentences with blanks, headings and punctuation. */
export const templateText = (maxPieces = 30): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom('20XX年度述职报告\n', 'XXXX年工作总结\n', '述职报告\n', ''),
      fc.array(fc.tuple(blankPiece, separator), { maxLength: maxPieces }),
    )
    .map(([title, parts]) => title + parts.map(([b, sep]) => b + sep).join(''));

const NAME_CHARS = [...'青山河文明实践华强林海春光'];
const name = fc.array(fc.constantFrom(...NAME_CHARS), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
const CHINESE_COUNTS = ['一', '十二', '三十', '两', '一百二十'];

function yearFitting(field: Field, spanText: string): fc.Arbitrary<{ year: number; typed: string }> {
  const pattern = yearPattern(spanText);
  const prefixLength = pattern.digits.indexOf(null);
  // Only the years the written digits allow, listed rather than filtered: a field no year fits
  // (once `○○〇〇` read as 0000) fails here at once instead of fast-check retrying forever.
  const years: number[] = [];
  for (let year = 1900; year <= 2099; year++) {
    if (pattern.digits.every((d, i) => d === null || d === Number(String(year)[i]))) years.push(year);
  }
  if (years.length === 0) throw new Error(`no year fits the field ${JSON.stringify(field)}`);
  return fc.constantFrom(...years).chain((year) => {
    const forms = [String(year)];
    if (prefixLength > 0 && pattern.digits.slice(prefixLength).every((d) => d === null)) forms.push(String(year).slice(prefixLength));
    return fc.constantFrom(...forms).map((typed) => ({ year, typed }));
  });
}

/** A value the field should take: fitting its kind and agreeing with what is written. */
export function validValue(field: Field): fc.Arbitrary<string> {
  switch (field.kind) {
    case 'year':
      return yearFitting(field, field.spans[0].text).map((y) => y.typed);
    case 'date': {
      const yearSpan = field.spans.find((s) => s.part === 'year');
      const written = field.written ?? {};
      const year = yearSpan ? yearFitting(field, yearSpan.text).map((y) => y.year) : fc.constant(written.year ?? 2026);
      return fc
        .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom('-', '/', '.', '年'))
        .map(([y, m, d, sep]) => {
          const month = written.month ?? m;
          const day = written.day ?? d;
          if (sep === '年') return `${y}年${month}月${day}日`;
          return `${y}${sep}${String(month).padStart(2, '0')}${sep}${String(day).padStart(2, '0')}`;
        });
    }
    case 'count':
      return fc.oneof(fc.nat({ max: 100000 }).map(String), fc.constantFrom(...CHINESE_COUNTS));
    case 'percent':
      return fc.tuple(fc.nat({ max: 200 }), fc.constantFrom('', '%', '％')).map(([n, s]) => `${n}${s}`);
    case 'amount':
      return fc.tuple(fc.nat({ max: 99999 }), fc.nat({ max: 99 })).map(([a, b]) => (b === 0 ? String(a) : `${a}.${b}`));
    default:
      return name;
  }
}
