// Per-site switch from the panel: host permission for the origin (asked inside the user's click,
// only where the manifest does not already cover it), the stored setting, and the background, which
// applies it to every open tab at once.
import { coveredByManifest, originPattern } from '../background/sites';
import { sendMessage } from '../protocol';

export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Must be called synchronously from a click handler: browsers only prompt during a user gesture. */
export function requestSiteAccess(origin: string): Promise<boolean> {
  // Match patterns carry no port: http://127.0.0.1:8080 is asked for as http://127.0.0.1/*.
  const pattern = originPattern(origin);
  return pattern ? browser.permissions.request({ origins: [pattern] }) : Promise.resolve(false);
}

export function tellBackgroundSiteEnabled(origin: string, enabled: boolean): Promise<boolean> {
  return sendMessage('siteEnabled', { origin, enabled }).catch(() => false);
}

/**
 * Switches the extension on or off for one site. Call it synchronously from the click: the
 * permission prompt (switching on a site the manifest does not cover) must start before any await.
 * Resolves to false when access was not granted.
 */
export function switchSite(origin: string, enabled: boolean): Promise<boolean> {
  const granted = enabled && !coveredByManifest(origin) ? requestSiteAccess(origin).catch(() => false) : Promise.resolve(true);
  return granted.then(async (ok) => {
    if (!ok) return false;
    // The database code is fetched here, after the permission prompt has started.
    const { setSiteEnabled } = await import('../db/settings');
    await setSiteEnabled(origin, enabled);
    await tellBackgroundSiteEnabled(origin, enabled);
    return true;
  });
}
