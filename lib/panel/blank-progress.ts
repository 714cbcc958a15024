// "已填 12 / 40": the document's blanks when first seen form the total; those gone since are filled.
export interface BlankProgress {
  filled: number;
  total: number;
}

/** `firstSeen` is the stored total for this document (undefined on first sight). */
export function blankProgress(firstSeen: number | undefined, current: number): BlankProgress {
  const total = Math.max(firstSeen ?? current, current);
  return { filled: total - current, total };
}
