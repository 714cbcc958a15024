// What the content script asks of a highlight renderer, whatever the drawing technique.
import type { Placeholder, PlaceholderKind } from '../analysis/types';
import type { TextChange } from '../text-change';

/**
 * The text the blanks were found in, its version and how it changed from the version before (the
 * live loop's one change per text): a repaint then needs neither to compare the texts again nor to
 * check the blanks against the editor's text.
 */
export interface PaintSource {
  text: string;
  version: number;
  change: TextChange | null;
}

/** A blank to draw; with its `text` a repaint can keep the Ranges of blanks the edit did not touch. */
export type BlankMark = Pick<Placeholder, 'start' | 'end' | 'kind'> & { text?: string };

export interface BlankRenderer {
  /** Shows exactly these blanks (replacing what was shown), found in `source.text` when a source is given. */
  render(blanks: readonly BlankMark[], source?: PaintSource): void;
  setColours(colours: Record<PlaceholderKind, string>): void;
  /** How many blanks are currently drawn (for the panel and tests). */
  readonly drawn: number;
  clear(): void;
  dispose(): void;
}
