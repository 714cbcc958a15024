import { badgeFacts, createBadgeScheduler, showBadge } from '@/lib/background/badge';
import { runCommand } from '@/lib/background/commands';
import { createEngineInjector } from '@/lib/background/engine-injection';
import { createContextMenu, savePhraseFromMenu } from '@/lib/background/context-menu';
import { readSiteEnabled, readSiteSettings } from '@/lib/background/site-settings';
import { forgetTab, framesOf, recordFrame } from '@/lib/background/tab-frames';
import { switchSite } from '@/lib/background/site-switch';
import { onMessage } from '@/lib/protocol';

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. Firefox uses sidebar_action instead.
  const chrome = browser as unknown as { sidePanel?: { setPanelBehavior?: (o: { openPanelOnActionClick: boolean }) => Promise<void> } };
  chrome.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true }).catch(() => {});

  // The badge counts the blanks of the editor in use, not of whichever frame spoke last; it is
  // worked out from the text once typing pauses, not on every keystroke.
  const badge = createBadgeScheduler((tabId) => showBadge(tabId, badgeFacts(framesOf(tabId).targetDocument())));
  const frameReported = async (tabId: number | undefined, frameId: number | undefined, report: Parameters<typeof recordFrame>[2]) => {
    if (tabId === undefined) return;
    await recordFrame(tabId, frameId ?? 0, report);
    badge.schedule(tabId);
  };
  onMessage('stateChanged', ({ data, sender }) => frameReported(sender.tab?.id, sender.frameId, data));
  onMessage('editorGone', ({ sender }) => frameReported(sender.tab?.id, sender.frameId, null));
  onMessage('frameChanged', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined && framesOf(tabId).updateFrame(sender.frameId ?? 0, data)) badge.schedule(tabId);
  });
  onMessage('getSiteSettings', ({ data }) => readSiteSettings(String(data?.origin ?? '')));
  const engine = createEngineInjector();
  onMessage('loadEngine', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return 'failed';
    // A site the user switched off gets no engine: nothing of it runs there.
    if (!(await readSiteEnabled(String(data?.origin ?? '')))) return 'siteOff';
    const { documentId } = sender as { documentId?: string };
    return (await engine.load({ tabId, frameId: sender.frameId ?? 0, documentId })) ? 'loaded' : 'failed';
  });
  onMessage('siteEnabled', ({ data }) => switchSite(String(data?.origin ?? ''), Boolean(data?.enabled)).catch(() => false));

  browser.runtime.onInstalled.addListener(createContextMenu);
  browser.contextMenus.onClicked.addListener((info) => void savePhraseFromMenu(info));
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab?.id));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    forgetTab(tabId);
    engine.forgetTab(tabId);
    showBadge(tabId, null);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    engine.forgetTab(tabId);
  });
});
