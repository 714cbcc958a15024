// report-check: analyse or clean report files from the command line. See HELP for usage.
import { analyze } from '../lib/analysis/analyze';
import { clean } from '../lib/analysis/clean';
import { isReport, reportScore } from '../lib/analysis/report-score';
import type { AnalysisResult } from '../lib/analysis/types';
import { fieldsCommand, fillCommand } from './fields';
import { formatCheck } from './format-check';
import { EXIT_BAD_INPUT, EXIT_CLEAN, EXIT_LEFT, errorLine, usageError, type Io } from './io';
import { both, HELP, messages, type Bilingual } from './messages';

export { EXIT_BAD_INPUT, EXIT_CLEAN, EXIT_LEFT } from './io';
import { DocumentError, readDocument } from './read-document';


type Checked = { file: string; text: string; result: AnalysisResult } | { file: string; error: Bilingual };

async function checkFile(file: string): Promise<Checked> {
  try {
    const { text } = await readDocument(file);
    if (text.replace(/[\s\uFEFF]/g, '') === '') return { file, error: messages.empty(file) };
    const result = analyze(text);
    if (!isReport(reportScore(result, text))) return { file, error: messages.notAReport(file) };
    return { file, text, result };
  } catch (error) {
    if (error instanceof DocumentError) return { file, error: error.bilingual };
    throw error;
  }
}

function hasWorkLeft(result: AnalysisResult): boolean {
  return result.placeholders.length > 0 || result.findings.some((f) => f.severity === 'error');
}

async function check(args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.find((a) => a.startsWith('--') && a !== '--json');
  if (unknown) return usageError(messages.unknownOption(unknown), io);
  const files = args.filter((a) => a !== '--json');
  if (files.length === 0) return usageError(messages.noFiles, io);

  const checked: Checked[] = [];
  for (const file of files) checked.push(await checkFile(file));

  let code = EXIT_CLEAN;
  for (const c of checked) {
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
      const entries = checked.map((c) =>
        'result' in c ? { file: c.file, result: c.result } : { file: c.file, error: c.error },
      );
      io.out(JSON.stringify(entries, null, 2));
    }
  } else {
    const reports = checked.filter((c): c is Extract<Checked, { result: AnalysisResult }> => 'result' in c);
    if (reports.length > 0) io.out(reports.map((c) => formatCheck(c.file, c.text, c.result)).join('\n\n'));
  }
  return code;
}

async function cleanCommand(args: string[], io: Io): Promise<number> {
  const simplified = args.includes('--simplified');
  const unknown = args.find((a) => a.startsWith('--') && a !== '--simplified');
  if (unknown) return usageError(messages.unknownOption(unknown), io);
  const files = args.filter((a) => a !== '--simplified');
  if (files.length !== 1) return usageError(files.length === 0 ? messages.noFiles : messages.oneFile, io);
  try {
    const { text } = await readDocument(files[0]);
    io.out(await clean(text, { simplified }));
    return EXIT_CLEAN;
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    io.err(errorLine(error.bilingual));
    return EXIT_BAD_INPUT;
  }
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
    io.err(`${messages.error.zh}：${both({ zh: '内部错误', en: 'internal error' })} ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT_BAD_INPUT;
  },
);
