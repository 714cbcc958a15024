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

/** Where the first-seen total of each document is kept (the library's per-document state). */
export interface BlankTotalStore {
  get(url: string): Promise<number | undefined>;
  set(url: string, total: number): Promise<void>;
}

export function memoryBlankTotalStore(): BlankTotalStore {
  const totals = new Map<string, number>();
  return {
    get: async (url) => totals.get(url),
    set: async (url, total) => void totals.set(url, total),
  };
}
