// The toolbar badge: how many blanks are still unfilled in this tab's report.
import type { DocState } from '../protocol';

export function badgeText(state: Pick<DocState, 'isReport' | 'blankTotal'> | null): string {
  if (!state?.isReport) return '';
  const count = state.blankTotal;
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

type BadgeApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;

/** The toolbar button's API: `action` in MV3 (Chrome), `browserAction` in the Firefox MV2 build. */
function toolbarButton(): BadgeApi | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: BadgeApi }).browserAction;
}

export function showBadge(tabId: number, state: DocState | null): void {
  const button = toolbarButton();
  if (!button) return;
  void button.setBadgeText({ tabId, text: badgeText(state) }).catch(() => {});
  void button.setBadgeBackgroundColor({ tabId, color: '#c0392b' }).catch(() => {});
}
