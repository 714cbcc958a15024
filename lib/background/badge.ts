// The toolbar badge: how many blanks are still unfilled in this tab's report.
import type { DocState } from '../protocol';

export function badgeText(state: Pick<DocState, 'isReport' | 'blankTotal'> | null): string {
  if (!state?.isReport) return '';
  const count = state.blankTotal;
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export function showBadge(tabId: number, state: DocState | null): void {
  void browser.action.setBadgeText({ tabId, text: badgeText(state) }).catch(() => {});
  void browser.action.setBadgeBackgroundColor({ tabId, color: '#c0392b' }).catch(() => {});
}
