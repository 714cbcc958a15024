// The background's view of which frame of each tab holds the editor in use (badge, keyboard
// commands). Same bookkeeping as the panel's (lib/frames), fed by the same broadcasts.
import { DISCOVERY_MS, FrameRegistry } from '../frames/frame-registry';
import { sendMessage, type DocReport } from '../protocol';

const tabs = new Map<number, FrameRegistry>();

export function framesOf(tabId: number): FrameRegistry {
  let frames = tabs.get(tabId);
  if (!frames) tabs.set(tabId, (frames = new FrameRegistry()));
  return frames;
}

/** Records a frame's report; a change to a text the background does not hold asks the frame for all of it. */
export async function recordFrame(tabId: number, frameId: number, report: DocReport | null): Promise<void> {
  const frames = framesOf(tabId);
  frames.update(frameId, report);
  if (!report || !frames.isBehind(frameId)) return;
  const whole = await sendMessage('getState', { have: frames.versionOf(frameId) }, { tabId, frameId }).catch(() => null);
  frames.update(frameId, whole);
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
