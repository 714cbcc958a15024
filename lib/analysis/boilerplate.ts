// Seller and advertising lines in templates copied from the web. A line is boilerplate when it reads
// as an advert: a telling keyword combined with a second sign (a number or contact, an imperative, a
// membership offer) or a keyword that only adverts use. Report sentences that merely mention 微信,
// 公众号, QQ群 or 会员 (`通过微信公众号发布信息`, `发展工会会员`) stay report text.
import { WATERMARK_KEYS } from './junk';
import { keywordIndex, keywordSets } from './keyword-index';
import { isWhitespace, type TriggerSet } from './line-triggers';
import type { BoilerplateReason } from './types';

interface AdRule {
  reason: BoilerplateReason;
  /**
   * Words, space-separated, of which every match of `pattern` holds one: the rule is skipped on
   * lines that hold none (a test keeps them in step with the patterns).
   */
  keys: string;
  /** The keyword that makes a line suspect. */
  pattern: RegExp;
  /** A second sign that must also be on the line. */
  requires?: RegExp;
  /** The line must be at most this many non-space characters (adverts are short). */
  maxChars?: number;
  /** A sign that the line is report text after all. */
  unless?: RegExp;
}

const QQ = '(?:[Qq]{2}|ＱＱ)';
const QQ_KEYS = 'QQ Qq qQ qq ＱＱ';
const DIGITS = '\\d{5,}';
const MOBILE = '1[3-9]\\d{9}';
const LANDLINE = '0\\d{2,3}[-－—]?\\d{7,8}';
const EMAIL = '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}';
const URL = '(?:https?://|www\\.)';
/** The first two digits of a phone number: mobile 13–19, landline 0 and a digit. */
const PHONE_STARTS = [...Array.from('3456789', (d) => `1${d}`), ...Array.from('0123456789', (d) => `0${d}`)];
/** The headings of a site's lists of further pages. */
const LISTS = ['相关', '热门', '精选', '最新'].flatMap((a) => ['推荐', '文章', '阅读', '范文', '资料'].map((b) => a + b));
/** The links of a site's bar under an article (a line of two or more of them is the site's). */
const PAGE_ACTIONS = ['下载', '相关', '举报', '收藏', '分享', '打印', '关闭', '评论', '点赞', '复制', '返回顶部'];
const SELLING = '咨询|客服|代写|定制|购买|下单|加微|同号|售后';

const RULES: AdRule[] = [
  // site: the page around the copied text (first: a breadcrumb through 范文大全 is the site's, not an advert)
  {
    reason: 'site',
    keys: '首页 当前位置 您的位置 您现在的位置',
    pattern: /^\s*(?:首页|当前位置|您的位置|您现在的位置)\s*[:：]?\s*(?:首页\s*)?[>›»＞/]/,
    maxChars: 60,
  },
  {
    reason: 'site',
    keys: '发布 发表 更新 上传',
    pattern: /(?:发布|发表|更新|上传)(?:时间|日期)\s*[:：]/,
    requires: /来源|浏览|阅读|点击|作者|栏目|字号|编辑|次数/,
  },
  {
    reason: 'site',
    keys: '时间 日期',
    pattern: /^\s*(?:时间|日期)\s*[:：]\s*\d{4}[-./年]\d{1,2}/,
    requires: /栏目|来源|作者|浏览|阅读/,
    maxChars: 60,
  },
  {
    reason: 'site',
    keys: '字号 【打印】 【关闭】 打印本页 关闭窗口 【收藏】',
    pattern: /字号\s*[:：]|【打印】|【关闭】|打印本页|关闭窗口|【收藏】/,
    maxChars: 60,
  },
  {
    reason: 'site',
    keys: '上一篇 下一篇 上一页 下一页 上一主题 下一主题',
    pattern: /^\s*(?:上一篇|下一篇|上一页|下一页|上一主题|下一主题)\s*[:：]/,
    maxChars: 80,
  },
  { reason: 'site', keys: '分享到', pattern: /^\s*分享到/, maxChars: 40 },
  {
    reason: 'site',
    keys: [...LISTS, '猜你喜欢', '推荐阅读'].join(' '),
    pattern: /^\s*(?:相关|热门|精选|最新)(?:推荐|文章|阅读|范文|资料)\s*[:：]?\s*$|^\s*(?:猜你喜欢|推荐阅读)\s*[:：]?\s*$/,
  },
  { reason: 'site', keys: '关怀版 无障碍 长者模式', pattern: /关怀版|无障碍(?:浏览|阅读|模式)?|长者模式/, maxChars: 20 },
  { reason: 'site', keys: '上传人 文档编号 下载积分 资源ID', pattern: /上传人\s*[:：]|文档编号\s*[:：]|下载积分|资源ID\s*[:：]/ },
  {
    reason: 'site',
    keys: PAGE_ACTIONS.join(' '),
    pattern: new RegExp(`^\\s*(?:(?:${PAGE_ACTIONS.join('|')})\\s*[|｜]?\\s*){2,}$`),
  },
  // paywall: the site's note where it cut the text
  {
    reason: 'paywall',
    keys: '省略 全文共 当前仅显示 还剩 继续阅读 继续免费 会员可',
    pattern: /省略\s*[\d,，]+\s*字|全文共\s*[\d,，]+\s*字|当前仅显示|还剩\s*\d+\s*页未读|继续(?:免费)?阅读|会员可(?:完整)?阅读/,
    maxChars: 60,
  },
  { reason: 'paywall', keys: '阅读全文 查看全文 展开全文', pattern: /阅读全文|查看全文|展开全文/, maxChars: 12 },
  // restriction
  {
    reason: 'restriction',
    keys: '仅供 外传 转载 商用 传播 删除 用于商业用途 侵权必究 版权所有 未经',
    pattern:
      /仅供(?:个人)?(?:学习|内部交流|交流)|(?:禁止|严禁|请勿|不得)(?:外传|转载|商用|传播)|用后(?:即)?删除|用于商业用途|侵权必究|版权所有|未经(?:授权|许可)[，,]?(?:禁止|不得|严禁)/,
  },
  { reason: 'restriction', keys: '仅供参考 违者 内部资料', pattern: /仅供参考|违者必究|违者后果自负|内部资料/, maxChars: 30 },
  // membership (these and the rules below are capped in length: adverts are short, and a long line
  // that mentions 公众号 or 会员 next to 回复 or 免费 is a report sentence)
  {
    reason: 'membership',
    keys: '会员',
    pattern: /会员/,
    requires: /开通|注册|充值|免费|赠送|下载|资料|会员群|权益|专享|VIP|vip|年卡|立享|特权|付费/,
    unless: /(?:工|协|学|商)会会员/,
    maxChars: 60,
  },
  { reason: 'membership', keys: '订阅', pattern: /订阅/, requires: /立享|权益|资料|即可|会员|免费|赠送/, maxChars: 60 },
  { reason: 'membership', keys: '倒卖', pattern: /倒卖/, requires: /资料|会员|文档|范文|材料/ },
  { reason: 'membership', keys: '倒卖', pattern: /倒卖/, maxChars: 12 },
  { reason: 'membership', keys: '举报', pattern: /举报/, requires: /赠送|奖励会员|免费送/, maxChars: 60 },
  { reason: 'membership', keys: 'VIP vip 付费 充值', pattern: /VIP|vip|付费|充值/, requires: /会员|下载|资料|范文|开通/, maxChars: 60 },
  // contact
  { reason: 'contact', keys: QQ_KEYS, pattern: new RegExp(`${QQ}\\s*(?:号|群)?\\s*[:：]?\\s*${DIGITS}`) },
  { reason: 'contact', keys: QQ_KEYS, pattern: new RegExp(`${QQ}\\s*(?:号|群)?\\s*[:：]`) },
  { reason: 'contact', keys: QQ_KEYS, pattern: new RegExp(QQ), maxChars: 20 },
  {
    reason: 'contact',
    keys: '微信 V信 vx vX Vx VX wx wX Wx WX',
    pattern: /微信号|加微信|(?:微信|[VvWw][Xx]|V信)\s*[:：]\s*[A-Za-z0-9_-]{5,}/,
  },
  { reason: 'contact', keys: '公众号', pattern: /公众号/, requires: /请关注|欢迎关注|扫码|搜索|获取|回复|领取|下载|更多/, maxChars: 40 },
  { reason: 'contact', keys: '咨询', pattern: new RegExp(`咨询.{0,3}(?:${QQ}|微信|[VvWw][Xx])|咨询(?:电话|热线)?[:：]\\s*\\d`) },
  {
    reason: 'contact',
    keys: PHONE_STARTS.join(' '),
    pattern: new RegExp(`${MOBILE}|${LANDLINE}`),
    requires: new RegExp(SELLING),
    maxChars: 40,
  },
  { reason: 'contact', keys: '@', pattern: new RegExp(EMAIL), requires: /邮箱|E-?mail|e-?mail|联系|投稿|咨询|客服/, maxChars: 40 },
  // promotion
  {
    reason: 'promotion',
    keys: '可编辑 可修改',
    pattern: /下载后可(?:编辑|修改)|(?:可编辑|可修改)/,
    requires: /下载|[Ww]ord|WORD|文档|版本|格式/,
    maxChars: 60,
  },
  {
    reason: 'promotion',
    keys: '更多',
    pattern: /更多(?:精品|优秀)?(?:范文|资料|模板|文章|文档|好文)/,
    requires: /请|关注|访问|搜索|下载|点击|尽在|登录/,
    maxChars: 50,
  },
  {
    reason: 'promotion',
    keys: '范文 每日更新 持续更新 实时分享',
    pattern: /范文(?:网|小站|大全|下载|精选|库)|每日更新|持续更新|实时分享/,
    maxChars: 30,
  },
  {
    reason: 'promotion',
    keys: '本文 本资料 来源',
    pattern: /本文(?:由|系|来自|来源)|本资料(?:由|来自|来源)|(?:文章|资料)来源[:：]/,
    maxChars: 60,
  },
  {
    reason: 'promotion',
    keys: '整理',
    pattern: /^[^，。；：、,.;:（）()\d\s]{2,10}?(?<!资料|材料|档案|信息|数据|文件|台账|问题|内容|意见)(?:精心|收集)?整理[，,\s]*$/,
  },
  {
    reason: 'promotion',
    keys: 'http:// https:// www.',
    pattern: new RegExp(URL),
    requires: /访问|登录|更多|下载|点击|搜索|关注|官网/,
    maxChars: 60,
  },
  { reason: 'promotion', keys: 'http:// https:// www.', pattern: new RegExp(`^\\s*${URL}\\S*\\s*$`) },
  {
    reason: 'promotion',
    keys: '扫码 扫描二维码 长按识别 点击',
    pattern: /扫码|扫描二维码|长按识别|点击(?:下载|查看|购买|关注|进入)/,
    maxChars: 30,
  },
  { reason: 'promotion', keys: '小编', pattern: /小编/, requires: /整理|收集|分享|带来|推荐|为大家|为您|领取|私信|留言/, maxChars: 80 },
  {
    reason: 'promotion',
    keys: '在看 点赞 点个 点“赞 点"赞 转发 关注我们 蓝字',
    pattern: /点个?[“"]?(?:在看|赞)|点赞|转发|关注我们|蓝字/,
    maxChars: 30,
  },
  { reason: 'restriction', keys: '侵权 侵删 版权归原作者', pattern: /如有侵权|侵权请?联系|侵删|版权归原作者/, maxChars: 60 },
  { reason: 'site', keys: '发表于', pattern: /发表于/, requires: /\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}:\d{2}/, maxChars: 60 },
  { reason: 'garbage', keys: 'END End 全文完', pattern: /^[\s\-—–_=~·•*]*(?:END|End|THE END|全文完)[\s\-—–_=~·•*]*$/ },
  {
    reason: 'promotion',
    keys: '欢迎阅读 希望大家 希望对 供大家参考',
    pattern: /欢迎阅读|希望(?:大家|对您|对你)(?:能够)?(?:喜欢|有所帮助)|供大家参考/,
    maxChars: 60,
  },
  {
    reason: 'restriction',
    keys: '版权说明 本文档由用户提供并上传 收益归属内容提供方',
    pattern: /版权说明\s*[:：]|本文档由用户提供并上传|收益归属内容提供方/,
  },
];

// An advert line holds one of these keywords: the line scan is told them (AD_TRIGGERS), and a rule's
// match counts only on a line with one (a few rules also match lines without, which have never been
// adverts). Looked up by first character with a typed-array table (keyword-index.ts).
// biome-ignore format: packed word list, kept in rows
const KEYWORDS = [
  '仅供', '外传', '转载', '商用', '传播', '删除', '商业用途', '侵权', '版权', '未经', '参考', '违者', '内部资料',
  '会员', '订阅', '倒卖', '举报', 'VIP', 'vip', '付费', '充值', 'QQ', 'Qq', 'qQ', 'qq', 'ＱＱ', '微信', 'vx', 'vX',
  'Vx', 'VX', 'wx', 'wX', 'Wx', 'WX', 'V信', '公众号', '咨询', '@', '可编辑', '可修改', '更多', '范文', '更新',
  '分享', '本文', '本资料', '来源', '整理', 'http:', 'https:', 'www.', '扫码', '二维码', '长按', '点击',
  '小编', '欢迎阅读', '希望大家', '希望对', '供大家', '版权说明', '本文档', '收益归属', '首页', '当前位置', '您的位置',
  '您现在', '时间：', '时间:', '日期：', '日期:', '字号', '【打印', '【关闭', '【收藏', '打印本页', '关闭窗口', '上一篇',
  '下一篇', '上一页', '下一页', '上一主题', '下一主题', '分享到', ...LISTS, '猜你喜欢', '推荐阅读', '关怀版', '无障碍', '长者模式',
  '上传人', '文档编号', '下载', '资源ID', '收藏', '点赞', '返回顶部', '省略', '全文共', '阅读全文', '查看全文',
  '展开全文', '当前仅显示', '还剩', '继续阅读', '继续免费', '在看', '点个', '转发', '关注我们', '蓝字', '侵删',
  '版权归', '发表于', 'END', 'End', '全文完',
];
const KEYWORD_INDEX = keywordIndex(KEYWORDS);

/**
 * A line holds one of these when it may be an advert (the keywords, and the first two digits of a
 * phone number) or have a site's watermark glued to it (junk.ts), for the line scan's one pass
 * (line-triggers.ts): a line without any needs neither looked for.
 */
export const AD_TRIGGERS: TriggerSet = { words: [...KEYWORDS, ...PHONE_STARTS, ...WATERMARK_KEYS] };
const PHONE_AT = new RegExp(`${MOBILE}|${LANDLINE}`, 'y');

/** True when the line holds a word or number that some advert rule looks for. */
export function hasAdKeyword(line: string): boolean {
  if (KEYWORD_INDEX.find(line) >= 0) return true;
  // A phone number starts with 0 or 1; lines without either are most lines.
  for (let i = line.indexOf('0'); i >= 0; i = line.indexOf('0', i + 1)) if (phoneAt(line, i)) return true;
  for (let i = line.indexOf('1'); i >= 0; i = line.indexOf('1', i + 1)) if (phoneAt(line, i)) return true;
  return false;
}

function phoneAt(line: string, i: number): boolean {
  PHONE_AT.lastIndex = i;
  return PHONE_AT.test(line);
}

/** The rules, for tests. */
export const AD_PATTERNS: readonly RegExp[] = RULES.map((r) => r.pattern);

const PAGE_COUNTER =
  /^\s*(?:第\s*\d+\s*页\s*[，,、/]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*[，,、/]?\s*第\s*\d+\s*页|[-—–－]+\s*\d{1,4}\s*[-—–－]+|[Pp]age\s*\d+(?:\s*of\s*\d+)?|\d+\s*\/\s*\d+)\s*$/;

/**
 * A cheap exact test before PAGE_COUNTER, which every line meets (indented paragraphs and numbered
 * headings included): after leading whitespace the line goes on as only a counter can, with 第, 共,
 * a dash, P/p, or digits and a slash.
 */
function mayBePageCounter(line: string): boolean {
  let i = skipWhitespace(line, 0);
  if (i === line.length) return false;
  const c = line.charCodeAt(i);
  if (isDigit(c)) {
    while (i < line.length && isDigit(line.charCodeAt(i))) i++;
    i = skipWhitespace(line, i);
    return i < line.length && line.charCodeAt(i) === 0x2f; // '/'
  }
  return (
    c === 0x7b2c || // 第
    c === 0x5171 || // 共
    c === 0x2d ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0xff0d ||
    c === 0x50 ||
    c === 0x70
  );
}

function skipWhitespace(line: string, from: number): number {
  let i = from;
  while (i < line.length && isWhitespace(line.charCodeAt(i))) i++;
  return i;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

// Seller lines are short; a paragraph longer than this is report text whatever words it uses. Also
// keeps the keyword test off the long paragraphs that make up most of a report.
const MAX_AD_LENGTH = 100;

/**
 * Why a line is seller/advertising noise rather than report text, or null. `mayBeAdvert` false says
 * a scan found none of AD_TRIGGERS in the line, so the advert rules need not look.
 */
export function boilerplateReason(line: string, mayBeAdvert = true): BoilerplateReason | null {
  const reason = mayBeAdvert && line.length <= MAX_AD_LENGTH ? advertReason(line) : null;
  if (reason !== null) return reason;
  if (isDecorationOnly(line) || (mayBePageCounter(line) && PAGE_COUNTER.test(line))) return 'garbage';
  return null;
}

/** Each rule's keys, for tests. */
export const AD_RULE_KEYS: readonly (readonly string[])[] = RULES.map((rule) => rule.keys.split(' '));
// Rule k is tried when bit k % 32 is set: a bit stands for up to two rules and is set by the keys of
// either (or what looks like them, keywordSets), so no rule is skipped on a line that holds one of its keys.
const RULE_KEYS = keywordSets(
  Array.from({ length: Math.min(32, RULES.length) }, (_, bit) => AD_RULE_KEYS.filter((_, k) => k % 32 === bit).flat()),
);
/**
 * Rules whose keys do not all hold one of KEYWORDS: their matches count only where hasAdKeyword
 * finds one (`发布时间 ：`, `评论 复制` and `点“赞` alone have never been adverts). Every match of
 * the other rules holds a key, so a keyword.
 */
const ASKS_KEYWORD = AD_RULE_KEYS.map((keys) => !keys.every((key) => KEYWORDS.some((word) => key.includes(word))));

/** The first rule the line matches; rules are skipped where the line holds none of their keys. */
function advertReason(line: string): BoilerplateReason | null {
  const found = RULE_KEYS.find(line);
  if (found === 0) return null;
  let chars = -1;
  for (let k = 0; k < RULES.length; k++) {
    if ((found & (1 << (k % 32))) === 0) continue;
    const rule = RULES[k];
    if (rule.maxChars !== undefined && line.length > rule.maxChars) {
      if (chars < 0) chars = nonSpaceLength(line);
      if (chars > rule.maxChars) continue;
    }
    if (!rule.pattern.test(line)) continue;
    if (rule.requires && !rule.requires.test(line)) continue;
    if (rule.unless?.test(line)) continue;
    return !ASKS_KEYWORD[k] || hasAdKeyword(line) ? rule.reason : null;
  }
  return null;
}

function nonSpaceLength(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 0x20 && c !== 0x3000 && c !== 0x09 && c !== 0xa0) n++;
  }
  return n;
}

// Characters that make up blanks: a line of only these is a form to fill in, not scraping debris.
const BLANK_CHARS = new Set(Array.from('_＿（）()【】[]〔〕△〇○×', (c) => c.charCodeAt(0)));

/** Lines of nothing but punctuation, symbols and spaces (`-----`, `★★★`, `……`, `。。。`). */
function isDecorationOnly(line: string): boolean {
  let visible = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x20 || c === 0x3000 || c === 0x09 || c === 0xa0 || c === 0xfeff) continue;
    if (isContent(c) || BLANK_CHARS.has(c)) return false;
    visible++;
  }
  return visible > 0;
}

function isContent(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a) ||
    (c >= 0xac00 && c <= 0xd7af) || // Hangul
    (c >= 0x3040 && c <= 0x30ff) || // kana
    (c >= 0x0370 && c <= 0x052f) || // Greek, Cyrillic
    (c >= 0xd800 && c <= 0xdfff) // astral characters (emoji, rare Han): treat as content
  );
}
