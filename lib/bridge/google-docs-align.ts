// Where each rendered SVG rect of Docs' annotated canvas sits in the document text. Rects come in
// reading order, but only for rendered tiles, so the first one can be anywhere and its label may
// occur many times ("XX"): it is anchored by the run of labels that follow it. After that each
// label is expected right after the previous one, give or take a paragraph break or a space.

const SKIP = 3;
const ANCHOR_LABELS = 6;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Start offset in `text` of each label, or -1 where a label could not be placed. */
export function alignLabels(text: string, labels: readonly string[]): number[] {
  const starts: number[] = [];
  let cursor = 0;
  let placedBefore = false;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    let at = -1;
    if (!label) {
      starts.push(-1);
      continue;
    }
    if (placedBefore) {
      for (let k = 0; k <= SKIP && at < 0; k++) if (text.startsWith(label, cursor + k)) at = cursor + k;
    }
    if (at < 0) at = anchor(text, labels, i, cursor);
    starts.push(at);
    placedBefore = at >= 0;
    if (at >= 0) cursor = at + label.length;
  }
  return starts;
}

function anchor(text: string, labels: readonly string[], from: number, cursor: number): number {
  const following = labels.slice(from, from + ANCHOR_LABELS).filter(Boolean);
  for (let n = following.length; n >= 1; n--) {
    const pattern = new RegExp(following.slice(0, n).map(escapeRegExp).join(`[\\s\\S]{0,${SKIP}}?`), 'g');
    pattern.lastIndex = cursor;
    const match = pattern.exec(text);
    if (match) return match.index;
  }
  return -1;
}
