// Arbitraries for property tests: report-like text built from the pieces real templates are made of,
// plus fully arbitrary UTF-16 (lone surrogates included).
import fc from 'fast-check';

// biome-ignore format: packed word list, kept in rows
const PIECES = [
  '一、', '二、', '十一、', '一.', '一，', '（一）', '（二）', '(一)', '(三)、', '（一）、', '1.', '2、', '3．', '10.',
  '（1）', '(2)', '（3）.', '①', '一是', '二是', '三是', '首先', '其次', '第一，', '第二、', '第三',
  'X', 'XX', 'XXX', 'Ｘ', 'xx', 'X X X', '×', '×××', '某', '某某', '某局', '某些', '____', '＿＿', '__',
  '（  ）', '（）', '()', '【】', '[]', '〇〇', '○○', '△△', '＊＊', '**',
  '年', '月', '日', '名', '次', '%', '万元', '余人', '区', '局', 'X光', 'Xbox', 'Windows XP', '3×4',
  '。', '，', '；', '：', '、', '“', '”', '《', '》', '(2020年)', '20XX年X月X日', '二○○三年×月×日',
  '主要工作', '存在的问题', '下步打算', '强化理论武装', '现述职如下', '以上述职，请予評議',
  '仅供学习 禁止外传 用后删除', '咨询QQ123456', '會(huì)員(yuán)', '實(shí)驗(yàn)',
  '\n', '\n', '\n', '\r\n', '\r', '\uFEFF', ' ', '  ', '　', '\t', '\u00a0',
  '\uD800', '\uDC00', '\uD83D\uDE00', '\u0000', '\u2028',
];

const piece = fc.constantFrom(...PIECES);
const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const ascii = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Text assembled from markers, blanks, CJK, ASCII, line breaks, BOMs and lone surrogates. */
export const reportLikeText = (maxPieces = 60): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof({ weight: 6, arbitrary: piece }, { weight: 2, arbitrary: cjk }, { weight: 1, arbitrary: ascii }), {
      maxLength: maxPieces,
    })
    .map((parts) => parts.join(''));

/** Any sequence of UTF-16 code units. */
export const anyText = (maxLength = 80): fc.Arbitrary<string> => fc.array(codeUnit, { maxLength }).map((units) => units.join(''));

/** One very long line (thousands of the same piece) between report-like text. */
export const longLineText: fc.Arbitrary<string> = fc
  .tuple(reportLikeText(10), piece, fc.integer({ min: 1_000, max: 20_000 }), reportLikeText(10))
  .map(([before, unit, times, after]) => before + unit.repeat(times) + after);

export const someText: fc.Arbitrary<string> = fc.oneof({ weight: 5, arbitrary: reportLikeText() }, { weight: 2, arbitrary: anyText() });

export interface RelativeEdit {
  /** Fractions of the current length, so an edit fits any text it is applied to. */
  at: number;
  span: number;
  replacement: string;
}

export const relativeEdit: fc.Arbitrary<RelativeEdit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  span: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.5, noNaN: true })),
  replacement: fc.oneof(fc.constant(''), reportLikeText(6), anyText(4)),
});

export function toEdit(text: string, edit: RelativeEdit): { start: number; end: number; replacement: string } {
  const start = Math.floor(edit.at * text.length);
  const end = Math.min(text.length, start + Math.floor(edit.span * text.length));
  return { start, end, replacement: edit.replacement };
}
