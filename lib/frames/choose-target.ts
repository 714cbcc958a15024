// Which frame of a tab the panel and the keyboard commands talk to. Pure: the frames judge their
// own visibility; this only ranks what they reported.
import type { FrameInfo } from '../protocol';

export interface FrameCandidate {
  frameId: number;
  frame: FrameInfo;
}

/** A frame that may receive requests: it has an editor the user can see. */
export function isEligible(frame: FrameInfo): boolean {
  return frame.visible;
}

/** A frame the user picked in the panel, and when (Date.now()). */
export interface UserChoice {
  frameId: number;
  at: number;
}

/**
 * The user's latest act wins: their choice in the panel, unless they focused another (confirmed)
 * editor since; else the most recently focused confirmed editor; else confirmed frames first, the
 * top document, then the largest editor. Null when no frame is eligible.
 */
export function chooseTarget(candidates: readonly FrameCandidate[], choice: UserChoice | null = null): number | null {
  const ranked = rankCandidates(candidates);
  if (ranked.length === 0) return null;
  const chosen = choice && ranked.find((c) => c.frameId === choice.frameId);
  if (chosen && !ranked.some((c) => c !== chosen && focusOf(c) > choice.at)) return chosen.frameId;
  return ranked[0].frameId;
}

/** Eligible frames in the order the panel lists them (best first). */
export function rankCandidates<T extends FrameCandidate>(candidates: readonly T[]): T[] {
  return candidates.filter((c) => isEligible(c.frame)).sort(byRank);
}

// Only confirmed frames win by focus: a transparent frame laid over the page can catch clicks.
const focusOf = (c: FrameCandidate) => (c.frame.confirmed ? c.frame.focusedAt : 0);

function byRank(a: FrameCandidate, b: FrameCandidate): number {
  return (
    focusOf(b) - focusOf(a) ||
    Number(b.frame.confirmed) - Number(a.frame.confirmed) ||
    Number(b.frame.top) - Number(a.frame.top) ||
    b.frame.area - a.frame.area ||
    a.frameId - b.frameId
  );
}
