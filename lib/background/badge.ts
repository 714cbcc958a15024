// The toolbar badge: how many fields of this tab's report are still to fill, as the panel's 待填 tab
// counts them (a date written as X年X月X日 is one field of three blanks). Past the panel's 1,000 listed
// blanks the tab shows the fields it lists with a "+"; the badge still counts them all (999+ at most).
import { findFields } from '../fields';
import type { FrameDocument } from '../state/frame-document';
import { judgeReport } from '../state/report-verdict';

export interface BadgeFacts {
  isReport: boolean;
  /** Fields still to fill; at least 1,000 when there are too many blanks to group. */
  toFill: number;
}

const BADGE_MAX = 999;
/** A field groups at most three blanks (year, month, day): this many blanks are more than BADGE_MAX fields. */
const SURELY_OVER_MAX = 3 * (BADGE_MAX + 1);

/** What the badge needs of a frame's document: whether it reads as a report, and its fields to fill. */
export function badgeFacts(doc: FrameDocument | null): BadgeFacts | null {
  const analysed = doc?.analysis();
  if (!analysed) return null;
  const { text, result } = analysed;
  const blanks = result.placeholders;
  return {
    isReport: judgeReport(text, result).isReport,
    toFill: blanks.length >= SURELY_OVER_MAX ? blanks.length : findFields(text, blanks).length,
  };
}

export function badgeText(facts: BadgeFacts | null): string {
  if (!facts?.isReport) return '';
  const count = facts.toFill;
  if (count <= 0) return '';
  return count > BADGE_MAX ? `${BADGE_MAX}+` : String(count);
}

type BadgeApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;

/** The toolbar button's API: `action` in MV3 (Chrome), `browserAction` in the Firefox MV2 build. */
function toolbarButton(): BadgeApi | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: BadgeApi }).browserAction;
}

export function showBadge(tabId: number, facts: BadgeFacts | null): void {
  const button = toolbarButton();
  if (!button) return;
  void button.setBadgeText({ tabId, text: badgeText(facts) }).catch(() => {});
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
