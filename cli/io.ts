// What every command shares: where it writes, how an error line reads, and the exit codes.
import { messages, type Bilingual } from './messages';

export const EXIT_CLEAN = 0;
export const EXIT_LEFT = 1;
export const EXIT_BAD_INPUT = 2;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const errorLine = (m: Bilingual) => `${messages.error.zh}：${m.zh} (${m.en})`;

export function usageError(message: Bilingual, io: Io): number {
  io.err(errorLine(message));
  io.err('report-check --help');
  return EXIT_BAD_INPUT;
}
