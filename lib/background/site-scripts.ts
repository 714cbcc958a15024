// Sites the user enabled from the panel: the panel asked for the host permission inside the click;
// here the content script is registered for that origin, persisted across browser restarts.
import { coveredByManifest, originPattern, scriptIdFor } from './sites';

const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
/** The highlights' default rules, injected before the page is styled (lib/highlight/default-highlights.css). */
export const CONTENT_STYLE_FILE = 'content-scripts/content.css';

export async function setSiteScript(origin: string, enabled: boolean): Promise<boolean> {
  const pattern = originPattern(origin);
  if (!pattern) return false;
  if (coveredByManifest(origin)) return true;
  const id = scriptIdFor(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] }).catch(() => []);
  if (!enabled) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] }).catch(() => {});
    return true;
  }
  if (!(await browser.permissions.contains({ origins: [pattern] }).catch(() => false))) return false;
  if (existing.length) return true;
  await browser.scripting.registerContentScripts([
    {
      id,
      matches: [pattern],
      js: [CONTENT_SCRIPT_FILE],
      // Firefox styles highlights per element, not from :root: the file would do nothing there.
      ...(import.meta.env.FIREFOX ? {} : { css: [CONTENT_STYLE_FILE] }),
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  return true;
}
