// Per-site switch: host permission for the origin (asked inside the user's click) and the
// background's dynamic content-script registration.
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
  return browser.permissions.request({ origins: [`${origin}/*`] });
}

export function tellBackgroundSiteEnabled(origin: string, enabled: boolean): Promise<boolean> {
  return sendMessage('siteEnabled', { origin, enabled }).catch(() => false);
}
