import type { CleanOptions } from './types';

export async function clean(text: string, _options: CleanOptions = {}): Promise<string> {
  return text;
}
