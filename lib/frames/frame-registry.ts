// The frames of one tab that reported an editor, and which one is the target. One place for this
// bookkeeping: the panel's tab link and the background's keyboard commands both use it.
import type { DocReport, DocState, EditorInfo, FrameInfo } from '../protocol';
import { FrameDocument } from '../state/frame-document';
import { chooseTarget, rankCandidates, type UserChoice } from './choose-target';

/** After asking every frame to `announce` itself, how long the frames get to report. */
export const DISCOVERY_MS = 250;

/** States without frame info come from the top document (older content scripts, tests). */
const TOP_FRAME: FrameInfo = { top: true, host: '', visible: true, confirmed: true, focusedAt: 0, area: 0 };

export interface FrameChoice {
  frameId: number;
  frame: FrameInfo;
  editor: EditorInfo | null;
}

export class FrameRegistry {
  private readonly docs = new Map<number, FrameDocument>();
  /** Frames whose text is behind their reports: they must be asked for the whole text. */
  private readonly behind = new Set<number>();
  private choice: UserChoice | null = null;
  /** Counts the changes of each frame's document, so "did the target's state change" is one comparison. */
  private readonly revisions = new Map<number, number>();

  /** Records a frame's report; returns true when the target or the target's state changed. */
  update(frameId: number, report: DocReport | null): boolean {
    const before = this.mark();
    if (report?.editor) {
      const withFrame = { ...report, frame: { ...(report.frame ?? TOP_FRAME), frameId } };
      const doc = this.docs.get(frameId);
      const outcome = doc ? doc.take(withFrame) : this.add(frameId, withFrame);
      if (outcome === 'stale') this.behind.add(frameId);
      else this.behind.delete(frameId);
    } else {
      this.docs.delete(frameId);
      this.behind.delete(frameId);
    }
    this.bump(frameId);
    return this.mark() !== before;
  }

  private add(frameId: number, report: DocReport) {
    const doc = new FrameDocument(report);
    this.docs.set(frameId, doc);
    return doc.version === null ? 'stale' : 'current';
  }

  /** True when this frame's reports were changes to a text we do not have: ask it with getState. */
  isBehind(frameId: number): boolean {
    return this.behind.has(frameId);
  }

  /** The version of the text held for this frame (for getState's `have`). */
  versionOf(frameId: number): number | undefined {
    return this.docs.get(frameId)?.version ?? undefined;
  }

  /** The target frame's text as last reported (null while it is still to be asked for). */
  targetText(): string | null {
    const id = this.target();
    return id === null ? null : (this.docs.get(id)?.currentText() ?? null);
  }

  /** New focus or visibility of a frame already known; returns true when the target or its state changed. */
  updateFrame(frameId: number, frame: FrameInfo): boolean {
    const doc = this.docs.get(frameId);
    if (!doc) return false;
    const before = this.mark();
    doc.setFrame({ ...frame, frameId });
    this.bump(frameId);
    return this.mark() !== before;
  }

  private bump(frameId: number): void {
    this.revisions.set(frameId, (this.revisions.get(frameId) ?? 0) + 1);
  }

  /** Which frame is the target and which revision of the documents its state is from. */
  private mark(): string {
    const id = this.target();
    return id === null ? 'none' : `${id}:${this.revisions.get(id) ?? 0}`;
  }

  /** Forgets a frame (editor gone, frame not answering); returns true when the target changed. */
  remove(frameId: number): boolean {
    return this.update(frameId, null);
  }

  clear(): void {
    this.docs.clear();
    this.behind.clear();
    this.choice = null;
  }

  /** The user picked this frame: the target until they focus another editor or it becomes ineligible. */
  choose(frameId: number, at = Date.now()): boolean {
    const before = this.target();
    this.choice = { frameId, at };
    return this.target() !== before;
  }

  target(): number | null {
    return chooseTarget(this.candidates(), this.choice);
  }

  /** The target frame's document (its text and analysis), if any. */
  targetDocument(): FrameDocument | null {
    const id = this.target();
    return id === null ? null : (this.docs.get(id) ?? null);
  }

  /** The target frame's analysed state (null when there is none, or its text is still to be asked for). */
  targetState(): DocState | null {
    const id = this.target();
    return id === null ? null : (this.docs.get(id)?.state() ?? null);
  }

  /** Eligible frames, best first, for the panel's switcher. */
  choices(): FrameChoice[] {
    return rankCandidates(this.candidates()).map(({ frameId, frame }) => ({
      frameId,
      frame,
      editor: this.docs.get(frameId)?.editor ?? null,
    }));
  }

  private candidates() {
    return [...this.docs].map(([frameId, doc]) => ({ frameId, frame: doc.frame ?? TOP_FRAME }));
  }
}
