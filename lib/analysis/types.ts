// Public result types of the analysis engine. Offsets are UTF-16 code units into the exact
// input text (CR, LF and BOM included); `line` is a 0-based index into `text.split('\n')`.

export type PlaceholderKind =
  | 'x' // X XX XXX Ｘ xx, also spaced "X X X"
  | 'cross' // × ×××
  | 'star' // ＊＊ **
  | 'mou' // 某某, 某 + unit (某局, 某年某月)
  | 'underline' // ____ ＿＿
  | 'circle' // 〇〇 ○○
  | 'triangle' // △△
  | 'brackets'; // （  ） () 【】 []

export interface Placeholder {
  start: number;
  end: number;
  text: string;
  kind: PlaceholderKind;
  /** The unit or noun the blank stands for, from context: 名, 次, %, 年, 月, 日, 局, 万元 … */
  label?: string;
  line: number;
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 'enum';

export interface OutlineItem {
  level: HeadingLevel;
  /** The marker as written, e.g. "一、" "（一）" "(1)" "1." "一是" "首先" "第一，" */
  marker: string;
  /** Display text without marker and without trailing punctuation. */
  title: string;
  line: number;
  /** Start of the marker. */
  start: number;
  /** End of the heading part (title up to the first 。 or the end of the line, before trailing punctuation is dropped). */
  end: number;
  /** Index into the outline array of the parent item, or null for top-level items. */
  parent: number | null;
  /** The numeric value of the marker (一 → 1, （三） → 3, 第二 → 2, 首先 → 1). */
  ordinal: number;
  /** True when the heading line carries body text after the heading (run-on heading). */
  runOn: boolean;
}

export interface BoilerplateLine {
  line: number;
  start: number;
  /** End of the line, excluding the line break. */
  end: number;
  reason: BoilerplateReason;
}

export type BoilerplateReason =
  | 'contact' // phone numbers, QQ, 微信, 公众号, e-mail of a seller
  | 'restriction' // 仅供学习 禁止外传 用后删除
  | 'membership' // 会员, 订阅, 倒卖 notices
  | 'promotion' // 下载后可编辑, 整理 by a seller, 更多范文
  | 'garbage' // scraping remnants: lines of only punctuation/spaces, page counters
  | 'junk' // anti-copy tokens from forum software: `7 K& q2 Z! m$ P0`
  | 'site' // the page around the text: breadcrumbs, 发布时间/来源/浏览次数, 上一篇/下一篇, 分享到, 相关推荐
  | 'paywall'; // 省略1,234字, 未完 全文共…字, 还剩…页未读, 继续阅读

export type Severity = 'error' | 'warning' | 'hint';

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  message: LocalizedText;
  fix?: Edit;
  /** A fix made of several replacements applied together in one action (renumbering a level: one per heading). */
  edits?: Edit[];
}

export interface SectionStats {
  /** Index into outline. */
  outline: number;
  /** Characters (non-whitespace) from this heading to the next heading of the same or a higher level. */
  chars: number;
  /** Placeholders in the same span. */
  blanks: number;
}

export interface Stats {
  /** Non-whitespace characters in the whole text (boilerplate lines included). */
  chars: number;
  lines: number;
  blanks: number;
  headings: number;
  sections: SectionStats[];
  /** Counts of placeholders per label ('' for unlabelled). */
  blanksByLabel: Record<string, number>;
}

export interface AnalysisResult {
  placeholders: Placeholder[];
  outline: OutlineItem[];
  boilerplate: BoilerplateLine[];
  findings: Finding[];
  stats: Stats;
}

export interface CleanOptions {
  /** Convert Traditional to Simplified (opencc-js, loaded lazily). */
  simplified?: boolean;
}
