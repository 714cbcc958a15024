import { showBadge } from '@/lib/background/badge';
import { runCommand } from '@/lib/background/commands';
import { createContextMenu, savePhraseFromMenu } from '@/lib/background/context-menu';
import { readSiteSettings } from '@/lib/background/site-settings';
import { switchSite } from '@/lib/background/site-switch';
import { onMessage } from '@/lib/protocol';

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. Firefox uses sidebar_action instead.
  (browser as any).sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true }).catch(() => {});

  onMessage('stateChanged', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) showBadge(tabId, data);
  });
  onMessage('getSiteSettings', ({ data }) => readSiteSettings(String(data?.origin ?? '')));
  onMessage('siteEnabled', ({ data }) => switchSite(String(data?.origin ?? ''), Boolean(data?.enabled)).catch(() => false));

  browser.runtime.onInstalled.addListener(createContextMenu);
  browser.contextMenus.onClicked.addListener((info) => void savePhraseFromMenu(info));
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab?.id));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') showBadge(tabId, null);
  });
});
