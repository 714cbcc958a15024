// Keyboard commands reach one frame: the one the frame bookkeeping picks (the transport is stubbed;
// what is checked is where the background sends).
import { beforeEach, expect, test, vi } from 'vitest';
import type { DocReport, FrameInfo } from '../../lib/protocol';

const sent: Array<{ type: string; data: unknown; to: unknown }> = [];
vi.mock('../../lib/protocol', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown, to: unknown) => {
    sent.push({ type, data, to });
    return true;
  }),
}));

const { runCommand } = await import('../../lib/background/commands');
const { forgetTab, recordFrame } = await import('../../lib/background/tab-frames');

const state = (frame: Partial<FrameInfo>): DocReport => ({
  url: 'http://127.0.0.1/',
  title: '',
  editor: { id: 'x', name: 'x', features: [] },
  caret: null,
  text: '',
  length: 0,
  version: 1,
  frame: { top: false, host: '', visible: true, confirmed: true, focusedAt: 0, area: 100, ...frame },
});

beforeEach(() => {
  sent.length = 0;
  forgetTab(7);
});

test('next blank goes to the focused visible frame only, never to a hidden one', async () => {
  recordFrame(7, 0, state({ top: true, focusedAt: 1 }));
  recordFrame(7, 4, state({ focusedAt: 5 }));
  recordFrame(7, 9, state({ visible: false, focusedAt: 9 }));
  expect(await runCommand('next-blank', 7)).toBe(true);
  expect(sent).toEqual([{ type: 'jumpToBlank', data: { direction: 'next' }, to: { tabId: 7, frameId: 4 } }]);
});

test('with no frame known (worker restarted) the frames are asked to report first; nothing is sent when none does', async () => {
  expect(await runCommand('previous-blank', 7)).toBe(false);
  expect(sent.map((m) => [m.type, m.to])).toEqual([['announce', 7]]);
});
