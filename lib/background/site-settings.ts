// Answers the content script's "am I on here, and how do I highlight?" from the library, which
// lives in the extension's IndexedDB (a content script cannot open it).
import { getSettings, isSiteEnabled } from '../db/settings';
import type { Settings } from '../db/types';
import type { SiteSettings } from '../protocol';

export function siteSettingsFrom(settings: Settings, origin: string): SiteSettings {
  return {
    enabled: settings.sites[origin] !== false,
    highlights: { enabled: settings.highlightsEnabled, colors: { ...(settings.highlightColours as Record<string, string>) } },
  };
}

export async function readSiteSettings(origin: string): Promise<SiteSettings> {
  try {
    return siteSettingsFrom(await getSettings(), origin);
  } catch {
    return { enabled: true, highlights: { enabled: true, colors: {} } };
  }
}

/** Whether the engine may run on `origin`; a library that cannot be read leaves it on, as readSiteSettings does. */
export async function readSiteEnabled(origin: string): Promise<boolean> {
  try {
    return await isSiteEnabled(origin);
  } catch {
    return true;
  }
}
