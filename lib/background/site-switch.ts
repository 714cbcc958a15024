// The per-site switch, applied at once: the dynamic content-script registration is updated and
// every open tab is told, so pages of that site stop (or start) reading and marking without a reload.
import { sendMessage } from '../protocol';
import { CONTENT_STYLE_FILE, setSiteScript } from './site-scripts';

const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export async function switchSite(origin: string, enabled: boolean): Promise<boolean> {
  const ok = await setSiteScript(origin, enabled);
  if (!ok) return false;
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      // Without the "tabs" permission most URLs are hidden: every tab is told, each content script checks the origin.
      const told = await sendMessage('siteSwitched', { origin, enabled }, tab.id).then(
        () => true,
        () => false,
      );
      // A site switched on whose open tabs never had the script (registered just now): inject it there.
      if (!told && enabled && tab.url && safeOrigin(tab.url) === origin) {
        const target = { tabId: tab.id, allFrames: true };
        // The default colours' rules first, as the registration does for the site's next pages.
        if (!import.meta.env.FIREFOX) await browser.scripting.insertCSS({ target, files: [CONTENT_STYLE_FILE] }).catch(() => {});
        await browser.scripting.executeScript({ target, files: [CONTENT_SCRIPT_FILE] }).catch(() => {});
      }
    }),
  );
  return true;
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
