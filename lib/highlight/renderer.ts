// What the content script asks of a highlight renderer, whatever the drawing technique.
import type { Placeholder, PlaceholderKind } from '../analysis/types';

/** A blank to draw; with its `text` a repaint can keep the Ranges of blanks the edit did not touch. */
export type BlankMark = Pick<Placeholder, 'start' | 'end' | 'kind'> & { text?: string };

export interface BlankRenderer {
  /** Shows exactly these blanks (replacing what was shown). */
  render(blanks: readonly BlankMark[]): void;
  setColours(colours: Record<PlaceholderKind, string>): void;
  /** How many blanks are currently drawn (for the panel and tests). */
  readonly drawn: number;
  clear(): void;
  dispose(): void;
}
