// Online suites whose text the extension cannot read from the page, named so the panel can say
// which site this is and why it works from copied text there (never "no supported editor").
// 腾讯文档 and ONLYOFFICE draw the document on canvas (../shared/notes/editors.md: AlloyTeam's
// canvas article, WindRunnerMax/TKScript#16; ONLYOFFICE web-apps: canvases + textarea#area_id);
// for 金山文档/WPS, 钉钉文档 and 石墨 no public code shows where the text is, so the extension
// does not guess. On all of them generic detection stays off: it would take a title box, a comment
// field or an input proxy for the report.
// The content script needs only hostname → id (DEGRADED_HOSTS); names and reasons are the panel's.
import type { SiteInfo } from '../../protocol';
import { onHost } from './hosts';

/** Hostname (and its subdomains) → site id. */
const DEGRADED_HOSTS: [string, string][] = [
  ['docs.qq.com', 'tencent-docs'],
  ['kdocs.cn', 'kdocs'],
  ['wps.cn', 'wps'],
  ['alidocs.dingtalk.com', 'dingtalk-docs'],
  ['shimo.im', 'shimo'],
];

export const DEGRADED_SITES: SiteInfo[] = [
  { id: 'tencent-docs', name: '腾讯文档', reason: 'canvas' },
  { id: 'kdocs', name: '金山文档', reason: 'closed' },
  { id: 'wps', name: 'WPS 云文档', reason: 'closed' },
  { id: 'dingtalk-docs', name: '钉钉文档', reason: 'closed' },
  { id: 'shimo', name: '石墨文档', reason: 'closed' },
  // Self-hosted anywhere: known by the frame its DocsAPI.DocEditor puts on the page.
  { id: 'onlyoffice', name: 'ONLYOFFICE', reason: 'canvas' },
];

/** The id of the degraded site this document belongs to (by hostname, or ONLYOFFICE by its editor frame), or null. */
export function degradedSiteFor(doc: Document): string | null {
  const byHost = DEGRADED_HOSTS.find(([host]) => onHost(doc, [host]));
  if (byHost) return byHost[1];
  return doc.querySelector('iframe[name="frameEditor"]') ? 'onlyoffice' : null;
}

/** Name and reason of a degraded site, for the panel. */
export function degradedSite(id: string | undefined): SiteInfo | null {
  return DEGRADED_SITES.find((s) => s.id === id) ?? null;
}

/** The degraded site served from this hostname, or null (the panel's fallback when the page does not answer). */
export function degradedSiteForHost(hostname: string): SiteInfo | null {
  const entry = DEGRADED_HOSTS.find(([host]) => hostname === host || hostname.endsWith(`.${host}`));
  return entry ? degradedSite(entry[1]) : null;
}
