// Keyboard commands: next/previous blank in the active tab, carried out by the content script of
// the frame whose editor is in use (one frame only).
import { sendMessage } from '../protocol';
import { targetFrame } from './tab-frames';

export const BLANK_COMMANDS = { 'next-blank': 'next', 'previous-blank': 'previous' } as const;

export async function runCommand(command: string, tabId: number | undefined): Promise<boolean> {
  const direction = BLANK_COMMANDS[command as keyof typeof BLANK_COMMANDS];
  if (!direction) return false;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return false;
  const frameId = await targetFrame(id);
  if (frameId === null) return false;
  return sendMessage('jumpToBlank', { direction }, { tabId: id, frameId }).catch(() => false);
}
