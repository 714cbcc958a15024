// A long field value cut into chunks of whole paragraphs, with the laid-out height of each once it
// is known. A paragraph's lines do not depend on the paragraphs around it, so a chunk's height is
// the same laid out alone or within the whole text: the sum of the heights before a chunk is where
// it starts, exactly, without laying the whole text out at once. An edit keeps the heights of the
// chunks it did not touch.
import { diffText } from '../text-change';

/** Characters per chunk, at least (a chunk ends at the first paragraph end after this many). */
export const CHUNK_CHARS = 2000;

export interface TextChunk {
  /** Offsets into the text, end exclusive; every chunk but the last ends just after a '\n'. */
  start: number;
  end: number;
  /** Laid-out height in CSS px, null until measured. */
  height: number | null;
}

/** Cuts text[from, to) into chunks; `from` is a paragraph start, `to` a paragraph start or the end. */
export function splitChunks(text: string, from: number, to: number, size = CHUNK_CHARS): TextChunk[] {
  const out: TextChunk[] = [];
  let at = from;
  while (at < to) {
    const newline = text.indexOf('\n', Math.min(at + size, to) - 1);
    const end = newline < 0 || newline >= to ? to : newline + 1;
    out.push({ start: at, end, height: null });
    at = end;
  }
  return out;
}

export class ChunkTable {
  text = '';
  chunks: TextChunk[] = [];
  private tops: number[] = [0];
  /** Chunks from the start whose heights are all known (tops[0..measured] are valid). */
  private measured = 0;

  constructor(private readonly size = CHUNK_CHARS) {}

  /** Takes the new text; chunks outside the changed stretch keep their heights (shifted). */
  update(text: string): void {
    const old = this.text;
    if (text === old) return;
    const change = diffText(old, text);
    const prefix = change.start;
    const delta = text.length - old.length;
    const changedFrom = change.end;
    let head = 0;
    while (head < this.chunks.length && this.chunks[head].end <= prefix) head++;
    // A chunk after the change keeps its text; it still starts a paragraph only if the '\n' before it is unchanged too.
    let tail = this.chunks.length;
    while (tail > head && this.chunks[tail - 1].start > changedFrom) tail--;
    const from = head ? this.chunks[head - 1].end : 0;
    const kept = this.chunks.slice(tail);
    for (const chunk of kept) {
      chunk.start += delta;
      chunk.end += delta;
    }
    const to = kept.length ? kept[0].start : text.length;
    this.chunks = [...this.chunks.slice(0, head), ...splitChunks(text, from, to, this.size), ...kept];
    this.text = text;
    this.measured = Math.min(this.measured, head);
  }

  /** Forgets every height (the field's width or font changed). */
  clearHeights(): void {
    for (const chunk of this.chunks) chunk.height = null;
    this.measured = 0;
  }

  setHeight(index: number, height: number): void {
    this.chunks[index].height = height;
    if (index < this.measured) this.measured = index;
  }

  /** Index of the first chunk with its height unknown, counting from `from`; chunks.length when none. */
  nextUnmeasured(from = 0): number {
    let i = Math.max(from, this.measuredPrefix());
    while (i < this.chunks.length && this.chunks[i].height !== null) i++;
    return i;
  }

  /** How many chunks from the start have known heights. */
  measuredPrefix(): number {
    while (this.measured < this.chunks.length && this.chunks[this.measured].height !== null) {
      this.tops[this.measured + 1] = this.tops[this.measured] + this.chunks[this.measured].height!;
      this.measured++;
    }
    return this.measured;
  }

  get complete(): boolean {
    return this.measuredPrefix() === this.chunks.length;
  }

  /** Where chunk `index` starts (index may be chunks.length: the total height); null if a chunk before it is unmeasured. */
  top(index: number): number | null {
    return index <= this.measuredPrefix() ? this.tops[index] : null;
  }

  /** The chunk holding offset (the last chunk for the text's end). */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.chunks[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * The chunks covering heights [from, to): first and last index; null when the heights known so
   * far do not reach `to` yet (and the text goes on).
   */
  rangeAt(from: number, to: number): { first: number; last: number } | null {
    const n = this.measuredPrefix();
    if (!this.chunks.length) return null;
    let lo = 0;
    let hi = n;
    // First chunk whose bottom is below `from`.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tops[mid + 1] <= from) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= n) return n === this.chunks.length ? { first: n - 1, last: n - 1 } : null;
    let last = lo;
    while (last + 1 < n && this.tops[last + 1] < to) last++;
    if (this.tops[last + 1] < to && last + 1 < this.chunks.length) return null;
    return { first: lo, last };
  }
}
