// report-check: analyse or clean report files from the command line. See HELP for usage.
import { analyze } from '../lib/analysis/analyze';
import { cleanWithReport, type CleanReport } from '../lib/analysis/clean';
import { isReport, reportScore } from '../lib/analysis/report-score';
import type { AnalysisResult } from '../lib/analysis/types';
import { fieldsCommand, fillCommand } from './fields';
import { formatCheck } from './format-check';
import { EXIT_BAD_INPUT, EXIT_CLEAN, EXIT_LEFT, errorLine, usageError, type Io } from './io';
import { both, HELP, messages, type Bilingual } from './messages';

export { EXIT_BAD_INPUT, EXIT_CLEAN, EXIT_LEFT } from './io';
import { DocumentError, readDocument } from './read-document';

type Checked = { file: string; text: string; result: AnalysisResult; note?: Bilingual } | { file: string; error: Bilingual };

/** A file that does not read like a report is still analysed (with a note), unless `strict`. */
async function checkFile(file: string, strict: boolean): Promise<Checked> {
  try {
    const { text } = await readDocument(file);
    if (text.replace(/[\s\uFEFF]/g, '') === '') return { file, error: messages.empty(file) };
    const result = analyze(text);
    if (!isReport(reportScore(result, text))) {
      if (strict) return { file, error: messages.notAReport(file) };
      return { file, text, result, note: messages.analysedAnyway(file) };
    }
    return { file, text, result };
  } catch (error) {
    if (error instanceof DocumentError) return { file, error: error.bilingual };
    throw error;
  }
}

function hasWorkLeft(result: AnalysisResult): boolean {
  return result.placeholders.length > 0 || result.findings.some((f) => f.severity === 'error');
}

const CHECK_OPTIONS = ['--json', '--strict'];

async function check(args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const strict = args.includes('--strict');
  const unknown = args.find((a) => a.startsWith('--') && !CHECK_OPTIONS.includes(a));
  if (unknown) return usageError(messages.unknownOption(unknown), io);
  const files = args.filter((a) => !CHECK_OPTIONS.includes(a));
  if (files.length === 0) return usageError(messages.noFiles, io);

  const checked: Checked[] = [];
  for (const file of files) checked.push(await checkFile(file, strict));

  let code = EXIT_CLEAN;
  for (const c of checked) {
    if ('note' in c && c.note) io.err(`${messages.note.zh}：${both(c.note)}`);
    if ('error' in c) {
      io.err(errorLine(c.error));
      code = EXIT_BAD_INPUT;
    } else if (hasWorkLeft(c.result) && code === EXIT_CLEAN) code = EXIT_LEFT;
  }

  if (json) {
    if (files.length === 1) {
      const only = checked[0];
      if ('result' in only) io.out(JSON.stringify(only.result, null, 2));
    } else {
      const entries = checked.map((c) => ('result' in c ? { file: c.file, result: c.result } : { file: c.file, error: c.error }));
      io.out(JSON.stringify(entries, null, 2));
    }
  } else {
    const reports = checked.filter((c): c is Extract<Checked, { result: AnalysisResult }> => 'result' in c);
    if (reports.length > 0) io.out(reports.map((c) => formatCheck(c.file, c.text, c.result)).join('\n\n'));
  }
  return code;
}

const CLEAN_OPTIONS = ['--simplified', '--report'];

async function cleanCommand(args: string[], io: Io): Promise<number> {
  const simplified = args.includes('--simplified');
  const unknown = args.find((a) => a.startsWith('--') && !CLEAN_OPTIONS.includes(a));
  if (unknown) return usageError(messages.unknownOption(unknown), io);
  const files = args.filter((a) => !CLEAN_OPTIONS.includes(a));
  if (files.length !== 1) return usageError(files.length === 0 ? messages.noFiles : messages.oneFile, io);
  try {
    const { text } = await readDocument(files[0]);
    const report = await cleanWithReport(text, { simplified });
    io.out(args.includes('--report') ? formatCleanReport(report, simplified) : report.text);
    return EXIT_CLEAN;
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    io.err(errorLine(error.bilingual));
    return EXIT_BAD_INPUT;
  }
}

/** What clean took out, line by line, with the reason a user would read. */
function formatCleanReport(report: CleanReport, simplified: boolean): string {
  const out = report.removals.map((r) => {
    const where = r.whole ? messages.removedLine(r.line + 1) : messages.removedFragment(r.line + 1);
    return `${both(where)} [${both(messages.reason[r.reason])}] ${r.text}`;
  });
  if (report.pinyin > 0) out.push(both(messages.pinyinRemoved(report.pinyin)));
  if (report.traditional && !simplified) out.push(both(messages.traditionalHint));
  out.push(both(messages.removedSummary(report.removals.length)));
  return out.join('\n');
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command === undefined ? EXIT_BAD_INPUT : EXIT_CLEAN;
  }
  if (command === 'check') return check(rest, io);
  if (command === 'clean') return cleanCommand(rest, io);
  if (command === 'fields') return fieldsCommand(rest, io);
  if (command === 'fill') return fillCommand(rest, io);
  return usageError(messages.unknownCommand(command), io);
}

const io: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
};

run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    io.err(
      `${messages.error.zh}：${both({ zh: '内部错误', en: 'internal error' })} ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = EXIT_BAD_INPUT;
  },
);
