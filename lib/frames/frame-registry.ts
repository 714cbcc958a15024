// The frames of one tab that reported an editor, and which one is the target. One place for this
// bookkeeping: the panel's tab link and the background's keyboard commands both use it.
import type { DocState, EditorInfo, FrameInfo } from '../protocol';
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
  private readonly states = new Map<number, DocState>();
  private choice: UserChoice | null = null;

  /** Records a frame's state; returns true when the target or the target's state changed. */
  update(frameId: number, state: DocState | null): boolean {
    const before = this.targetState();
    if (state?.editor) this.states.set(frameId, { ...state, frame: { ...(state.frame ?? TOP_FRAME), frameId } });
    else this.states.delete(frameId);
    return this.targetState() !== before;
  }

  /** New focus or visibility of a frame already known; returns true when the target or its state changed. */
  updateFrame(frameId: number, frame: FrameInfo): boolean {
    const state = this.states.get(frameId);
    return state ? this.update(frameId, { ...state, frame }) : false;
  }

  /** Forgets a frame (editor gone, frame not answering); returns true when the target changed. */
  remove(frameId: number): boolean {
    return this.update(frameId, null);
  }

  clear(): void {
    this.states.clear();
    this.choice = null;
  }

  /** The user picked this frame: the target until they focus another editor or it becomes ineligible. */
  choose(frameId: number, at = Date.now()): boolean {
    const before = this.targetState();
    this.choice = { frameId, at };
    return this.targetState() !== before;
  }

  target(): number | null {
    return chooseTarget(this.candidates(), this.choice);
  }

  targetState(): DocState | null {
    const id = this.target();
    return id === null ? null : (this.states.get(id) ?? null);
  }

  /** Eligible frames, best first, for the panel's switcher. */
  choices(): FrameChoice[] {
    return rankCandidates(this.candidates()).map(({ frameId, frame }) => ({
      frameId,
      frame,
      editor: this.states.get(frameId)?.editor ?? null,
    }));
  }

  private candidates() {
    return [...this.states].map(([frameId, state]) => ({ frameId, frame: state.frame ?? TOP_FRAME }));
  }
}
