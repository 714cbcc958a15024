// What the content script asks of a highlight renderer, whatever the drawing technique.
import type { Placeholder, PlaceholderKind } from '../analysis/types';

export type BlankMark = Pick<Placeholder, 'start' | 'end' | 'kind'>;

export interface BlankRenderer {
  /** Shows exactly these blanks (replacing what was shown). */
  render(blanks: readonly BlankMark[]): void;
  setColours(colours: Record<PlaceholderKind, string>): void;
  /** How many blanks are currently drawn (for the panel and tests). */
  readonly drawn: number;
  clear(): void;
  dispose(): void;
}
