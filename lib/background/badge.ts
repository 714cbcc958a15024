// The toolbar badge: how many blanks are still unfilled in this tab's report.
import type { DocState } from '../protocol';
import type { FrameDocument } from '../state/frame-document';
import { judgeReport } from '../state/report-verdict';

/** What the badge needs of a frame's document: whether it reads as a report, and its blanks. */
export function badgeFacts(doc: FrameDocument | null): Pick<DocState, 'isReport' | 'blankTotal'> | null {
  const analysed = doc?.analysis();
  if (!analysed) return null;
  return { isReport: judgeReport(analysed.text, analysed.result).isReport, blankTotal: analysed.result.placeholders.length };
}

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

export function showBadge(tabId: number, state: Pick<DocState, 'isReport' | 'blankTotal'> | null): void {
  const button = toolbarButton();
  if (!button) return;
  void button.setBadgeText({ tabId, text: badgeText(state) }).catch(() => {});
  void button.setBadgeBackgroundColor({ tabId, color: '#c0392b' }).catch(() => {});
}

/** How long typing must pause before the badge is worked out again (it needs the text analysed). */
export const BADGE_DELAY_MS = 300;

/** One pending badge update per tab, run once the tab's reports pause. */
export function createBadgeScheduler(update: (tabId: number) => void, delayMs = BADGE_DELAY_MS) {
  const pending = new Map<number, ReturnType<typeof setTimeout>>();
  return {
    schedule(tabId: number): void {
      clearTimeout(pending.get(tabId));
      pending.set(
        tabId,
        setTimeout(() => {
          pending.delete(tabId);
          update(tabId);
        }, delayMs),
      );
    },
  };
}
