// Online suites whose text the extension cannot read from the page, named so the panel can say
// which site this is and why it works from copied text there (never "no supported editor").
// 腾讯文档 and ONLYOFFICE draw the document on canvas (../shared/notes/editors.md: AlloyTeam's
// canvas article, WindRunnerMax/TKScript#16; ONLYOFFICE web-apps: canvases + textarea#area_id);
// for 金山文档/WPS, 钉钉文档 and 石墨 no public code shows where the text is, so the extension
// does not guess. On all of them generic detection stays off: it would take a title box, a comment
// field or an input proxy for the report.
import type { SiteInfo } from '../../protocol';

interface DegradedSite extends SiteInfo {
  /** Hostnames (and their subdomains); empty for products without a fixed host. */
  hosts: string[];
}

export const DEGRADED_SITES: DegradedSite[] = [
  { id: 'tencent-docs', name: '腾讯文档', reason: 'canvas', hosts: ['docs.qq.com'] },
  { id: 'kdocs', name: '金山文档', reason: 'closed', hosts: ['kdocs.cn'] },
  { id: 'wps', name: 'WPS 云文档', reason: 'closed', hosts: ['wps.cn'] },
  { id: 'dingtalk-docs', name: '钉钉文档', reason: 'closed', hosts: ['alidocs.dingtalk.com'] },
  { id: 'shimo', name: '石墨文档', reason: 'closed', hosts: ['shimo.im'] },
  // Self-hosted anywhere: known by the frame its DocsAPI.DocEditor puts on the page.
  { id: 'onlyoffice', name: 'ONLYOFFICE', reason: 'canvas', hosts: [] },
];

const ONLYOFFICE_FRAME = 'iframe[name="frameEditor"]';

function info({ id, name, reason }: DegradedSite): SiteInfo {
  return { id, name, reason };
}

/** The degraded site served from this hostname, or null. */
export function degradedSiteForHost(hostname: string): SiteInfo | null {
  const site = DEGRADED_SITES.find((s) => s.hosts.some((h) => hostname === h || hostname.endsWith(`.${h}`)));
  return site ? info(site) : null;
}

/** The degraded site this document belongs to (by hostname, or ONLYOFFICE by its editor frame), or null. */
export function degradedSiteFor(doc: Document): SiteInfo | null {
  const byHost = degradedSiteForHost(doc.location?.hostname ?? '');
  if (byHost) return byHost;
  return doc.querySelector(ONLYOFFICE_FRAME) ? info(DEGRADED_SITES.find((s) => s.id === 'onlyoffice')!) : null;
}
