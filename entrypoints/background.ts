import { onMessage } from '@/lib/protocol';

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. Firefox uses sidebar_action instead.
  (browser as any).sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true }).catch(() => {});

  onMessage('stateChanged', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const count = data.isReport ? data.blanks.length : 0;
    void browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#c0392b' });
  });
});
