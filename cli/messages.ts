// CLI texts: Simplified Chinese first, English after, on one line (a terminal has no language switch).
export interface Bilingual {
  zh: string;
  en: string;
}

export const both = (m: Bilingual): string => `${m.zh} (${m.en})`;

export const messages = {
  fileNotFound: (file: string) => ({ zh: `找不到文件 ${file}`, en: 'file not found' }),
  notAFile: (file: string) => ({ zh: `${file} 不是文件`, en: 'not a regular file' }),
  unreadable: (file: string, why: string) => ({ zh: `无法读取 ${file}：${why}`, en: 'cannot read the file' }),
  undecodable: (file: string) => ({
    zh: `${file} 的编码无法识别（支持 UTF-8、UTF-16 带 BOM、GB18030）`,
    en: 'undecodable bytes: expected UTF-8, UTF-16 with BOM or GB18030',
  }),
  binary: (file: string) => ({ zh: `${file} 不是文本文件`, en: 'binary data, not text' }),
  oldWord: (file: string) => ({
    zh: `${file} 是旧版 Word（.doc）文件，请另存为 .docx 或 .txt`,
    en: 'legacy .doc is not supported; save as .docx or .txt',
  }),
  corruptDocx: (file: string) => ({ zh: `${file} 不是有效的 Word（.docx）文档`, en: 'corrupt or invalid .docx' }),
  empty: (file: string) => ({ zh: `${file} 是空文件`, en: 'empty file' }),
  notAReport: (file: string) => ({ zh: `${file} 看起来不是一篇报告`, en: 'this does not look like a report' }),
  analysedAnyway: (file: string) => ({
    zh: `${file} 看起来不是一篇报告，仍已分析（--strict 时拒绝）`,
    en: 'this does not look like a report; analysed anyway (--strict refuses it)',
  }),
  note: { zh: '注意', en: 'note' },
  removedLine: (line: number) => ({ zh: `第 ${line} 行`, en: `line ${line}` }),
  removedFragment: (line: number) => ({ zh: `第 ${line} 行片段`, en: `part of line ${line}` }),
  removedSummary: (n: number) => ({ zh: `共删除 ${n} 处`, en: `${n} removed` }),
  pinyinRemoved: (n: number) => ({ zh: `删除拼音注音 ${n} 处`, en: `${n} pinyin annotations removed` }),
  traditionalHint: { zh: '这是繁体文本：加 --simplified 可转为简体', en: 'Traditional text: add --simplified to convert it' },
  reason: {
    contact: { zh: '联系方式广告', en: 'contact advert' },
    restriction: { zh: '版权/使用限制', en: 'usage notice' },
    membership: { zh: '会员/付费广告', en: 'membership advert' },
    promotion: { zh: '推广/水印', en: 'promotion or watermark' },
    garbage: { zh: '乱码/页码', en: 'garbage or page counter' },
    junk: { zh: '防复制乱码', en: 'anti-copy junk' },
    site: { zh: '网页栏目', en: 'web page chrome' },
    paywall: { zh: '付费截断说明', en: 'paywall note' },
  },
  unknownCommand: (name: string) => ({ zh: `未知命令 ${name}`, en: 'unknown command' }),
  unknownOption: (name: string) => ({ zh: `未知选项 ${name}`, en: 'unknown option' }),
  noFiles: { zh: '请给出至少一个文件', en: 'no file given' },
  oneFile: { zh: 'clean 只接受一个文件', en: 'clean takes exactly one file' },
  oneFileFor: (command: string) => ({ zh: `${command} 只接受一个文件`, en: `${command} takes exactly one file` }),
  badSet: (arg: string) => ({ zh: `--set 需要 键=值，得到的是 ${arg}`, en: '--set takes KEY=VALUE' }),
  missingArgument: (option: string) => ({ zh: `${option} 后缺少参数`, en: `${option} needs an argument` }),
  badValuesFile: (file: string) => ({
    zh: `${file} 不是“键: 值”形式的 JSON 对象`,
    en: 'the values file must be a JSON object of KEY: VALUE',
  }),
  unknownKey: (key: string) => ({ zh: `文件中没有键为 ${key} 的待填项（用 fields 查看）`, en: 'no field has this key (see `fields`)' }),
  valueDoesNotFit: (key: string, value: string, reason: Bilingual, detail: string) => ({
    zh: `${key} 填不进“${value}”：${reason.zh}`,
    en: `${key} does not take "${value}": ${reason.en} (${detail})`,
  }),
  fieldsHeader: (n: number, fields: number) => ({ zh: `共 ${n} 个待填项（${fields} 处）`, en: `${n} fields (${fields} places)` }),
  error: { zh: '错误', en: 'error' },
  outline: { zh: '提纲', en: 'Outline' },
  blanks: { zh: '待填空白', en: 'Blanks' },
  findings: { zh: '问题', en: 'Findings' },
  boilerplate: { zh: '广告/噪声行', en: 'Boilerplate lines' },
  none: { zh: '无', en: 'none' },
  chars: (n: number) => ({ zh: `${n}字`, en: `${n} chars` }),
  blanksIn: (n: number) => ({ zh: `${n}处空白`, en: `${n} blanks` }),
  summary: (blanks: number, findings: number, errors: number) => ({
    zh: `共 ${blanks} 处待填空白，${findings} 条问题（其中错误 ${errors} 条）`,
    en: `${blanks} blanks, ${findings} findings (${errors} errors)`,
  }),
  severity: {
    error: { zh: '错误', en: 'error' },
    warning: { zh: '警告', en: 'warning' },
    hint: { zh: '提示', en: 'hint' },
  },
} satisfies Record<string, Bilingual | ((...args: never[]) => Bilingual) | Record<string, Bilingual>>;

export const HELP = `report-check — 报告助手命令行 (Report Assistant command line)

用法 Usage:
  report-check check [--json] [--strict] FILE...      检查提纲、待填空白和问题 (outline, blanks, findings)
  report-check clean [--simplified] [--report] FILE   输出清理后的文本 (print the cleaned text)
  report-check fields [--json] FILE                   列出待填项：日期、年份、数量、姓名、单位…（同键合并）
                                                      (list the fields to fill; fields with one key merged)
  report-check fill FILE --set KEY=VALUE… [--values FILE.json]
                                                      按键填写并输出全文 (fill fields by key, print the text)
  report-check --help

--strict:  拒绝看起来不是报告的文件（退出码 2）；默认仍分析并在 stderr 提示。
           Refuse a file that does not look like a report (exit 2); by default it is analysed with a note.
--report:  列出删除的每一行或片段及原因，而不是输出文本。
           List every removed line or fragment with its reason instead of printing the text.

输入 Input:
  .txt：UTF-8（可带 BOM）、UTF-16 LE/BE（须带 BOM）、GB18030；.docx：Word 文档正文。
  .txt in UTF-8 (BOM optional), UTF-16 LE/BE (with BOM) or GB18030; .docx (body text).

--json:
  一个文件时输出 analyze() 的结果对象；多个文件时输出数组 [{"file", "result"} | {"file", "error"}]。
  偏移量为解码后文本（含 BOM、CR）中的 UTF-16 码元位置。
  One file: exactly the analyze() result. Several files: an array of {file, result}, or {file, error}
  for a file that could not be read. Offsets are UTF-16 code units into the decoded text (BOM, CR kept).

--simplified:
  清理时把繁体转为简体 (convert Traditional to Simplified while cleaning).

fields --json:
  输出 [{"key", "kind", "label", "spans": [{"start", "end", "text"}], "context": {"before", "after"}}]；
  同一个键（如 year:report 报告年度、person:reporter 述职人、org:unit 单位）只列一次，spans 按文中顺序。
  One entry per key (year:report, person:reporter, org:unit …), spans in document order.

fill:
  日期填 2026-03-05（也可 2026年3月5日、2026/3/5），年份填 2026；--values 读取 {"键": "值"} 的 JSON。
  A date takes 2026-03-05, a year 2026; --values reads a JSON object {"KEY": "VALUE"}; --set wins.
  退出码：0 已填写；1 有值不适合其待填项（原因见标准错误）；2 用法错误或键不存在。
  Exit status: 0 filled; 1 a value does not fit its field (reason on stderr); 2 bad usage or unknown key.

退出码 Exit status (check):
  0  没有待填空白，也没有错误级问题 (no blanks and no errors left)
  1  还有待填空白或错误级问题 (some blanks or errors left)
  2  输入有误：文件不存在、编码无法识别、Word 文档损坏、不像报告等 (bad input)
`;
