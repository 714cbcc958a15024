import type { BlankView } from '../protocol';

export interface BlankGroup {
  /** '' for blanks without a label. */
  label: string;
  blanks: { blank: BlankView; index: number }[];
}

/** Groups blanks by label in order of first appearance; unlabelled ones last. */
export function groupBlanks(blanks: BlankView[]): BlankGroup[] {
  const groups = new Map<string, BlankGroup>();
  blanks.forEach((blank, index) => {
    const label = blank.label ?? '';
    let g = groups.get(label);
    if (!g) groups.set(label, (g = { label, blanks: [] }));
    g.blanks.push({ blank, index });
  });
  const all = [...groups.values()];
  return [...all.filter((g) => g.label !== ''), ...all.filter((g) => g.label === '')];
}
