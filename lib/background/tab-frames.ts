// The background's view of which frame of each tab holds the editor in use (badge, keyboard
// commands). Same bookkeeping as the panel's (lib/frames), fed by the same broadcasts.
import { DISCOVERY_MS, FrameRegistry } from '../frames/frame-registry';
import { sendMessage, type DocState } from '../protocol';

const tabs = new Map<number, FrameRegistry>();

export function framesOf(tabId: number): FrameRegistry {
  let frames = tabs.get(tabId);
  if (!frames) tabs.set(tabId, (frames = new FrameRegistry()));
  return frames;
}

export function recordFrame(tabId: number, frameId: number, state: DocState | null): void {
  framesOf(tabId).update(frameId, state);
}

export function forgetTab(tabId: number): void {
  tabs.delete(tabId);
}

/** The frame to send a command to; asks the frames to report when none is known (worker restarted). */
export async function targetFrame(tabId: number): Promise<number | null> {
  const frames = framesOf(tabId);
  if (frames.target() === null) {
    await sendMessage('announce', undefined, tabId).catch(() => {});
    await new Promise((ok) => setTimeout(ok, DISCOVERY_MS));
  }
  return frames.target();
}
