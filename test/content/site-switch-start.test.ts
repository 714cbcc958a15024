// The engine, once injected, hears site switches from its first moment: a switch that arrives while
// its first settings read is still out is applied after that read, in order (the transport is
// stubbed; what is checked is whether the engine ends up idle, answering for the page alone, or on).
import { expect, test, vi } from 'vitest';
import type { SiteSettings } from '../../lib/protocol';

const settingsAnswers: ((settings: SiteSettings) => void)[] = [];
const listeners = new Map<string, (message: { data: unknown }) => unknown>();
vi.mock('../../lib/protocol', () => ({
  sendMessage: vi.fn((type: string) =>
    type === 'getSiteSettings' ? new Promise((answer) => settingsAnswers.push(answer)) : Promise.resolve(),
  ),
  onMessage: vi.fn((type: string, listener: (message: { data: unknown }) => unknown) => {
    listeners.set(type, listener);
    return () => listeners.delete(type);
  }),
}));

const { startContent } = await import('../../lib/content/start');
const OFF: SiteSettings = { enabled: false, highlights: { enabled: true, colors: {} } };

test('a site switched on while the first read (still "off") is out ends on, not idle', async () => {
  // No editor on the page: on, the engine only watches; off, it answers getState for the page alone.
  document.body.innerHTML = '<p>正文</p>';
  const starting = startContent(document);
  await vi.waitFor(() => expect(settingsAnswers).toHaveLength(1));
  listeners.get('siteSwitched')?.({ data: { origin: location.origin, enabled: true } });
  settingsAnswers[0](OFF);
  // The switch's own read: it says off too (written before the switch), and the switch still wins.
  await vi.waitFor(() => expect(settingsAnswers).toHaveLength(2));
  settingsAnswers[1](OFF);
  const running = await starting;
  await vi.waitFor(() => expect(listeners.has('getState')).toBe(false));
  running.stop();
});
