// Where the content script runs without asking: local pages (fixtures, self-hosted editors) and
// the online editors we know. Everywhere else the user enables a site from the panel.

export const LOCAL_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

export const EDITOR_SITE_MATCHES = [
  'https://docs.google.com/*',
  'https://*.feishu.cn/*',
  'https://*.larksuite.com/*',
  'https://*.larkoffice.com/*',
  'https://*.feishu.net/*',
  'https://*.larkenterprise.com/*',
  'https://docs.qq.com/*',
  'https://*.kdocs.cn/*',
  'https://*.wps.cn/*',
  'https://shimo.im/*',
  'https://*.yuque.com/*',
  'https://alidocs.dingtalk.com/*',
  'https://*.notion.so/*',
  'https://*.officeapps.live.com/*',
  'https://onedrive.live.com/*',
  'https://*.atlassian.net/*',
];

export const CONTENT_MATCHES = [...LOCAL_MATCHES, ...EDITOR_SITE_MATCHES];

/** Whether the manifest's content script already covers this origin (no registration needed). */
export function coveredByManifest(origin: string): boolean {
  return CONTENT_MATCHES.some((pattern) => matchesOrigin(pattern, origin));
}

function matchesOrigin(pattern: string, origin: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (!m) return false;
  const [, scheme, host] = m;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return url.hostname === base || url.hostname.endsWith(`.${base}`);
  }
  return url.hostname === host;
}

/** "https://example.com" → "https://example.com/*"; null for anything that is not an http(s) origin. */
export function originPattern(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

/** The id of the dynamic content script registered for one origin. */
export function scriptIdFor(origin: string): string {
  return `ra-site-${origin.replace(/[^a-z0-9.-]/gi, '_')}`;
}
