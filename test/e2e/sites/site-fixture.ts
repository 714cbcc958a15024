// The contract of one site's fixture directory (test/e2e/sites/<site>/site.ts): which real
// hostnames it is served under and, optionally, routes that are not plain files (an editor URL
// such as /document/d/<id>/edit, an export endpoint). Everything else is served as a file from
// the site's directory, so https://<host>/a/b.js is test/e2e/sites/<site>/a/b.js.

export type SiteResponse =
  /** A file of the site's directory (relative path). */
  | { file: string; type?: string }
  /** A body made by the route (e.g. an export built from a fixture file). */
  | { body: string; type: string; status?: number };

export interface SiteFixture {
  /** Directory name under test/e2e/sites. */
  id: string;
  /**
   * Hostnames served by the harness, as the manifest spells them: 'docs.google.com' or
   * '*.feishu.cn' (any subdomain; tests then use e.g. https://acme.feishu.cn/).
   */
  hosts: string[];
  /** A response for a request, or null to fall back to a file of the same path. */
  route?(url: URL): SiteResponse | null;
}

export function defineSite(site: SiteFixture): SiteFixture {
  return site;
}

/** Whether a hostname is one of the patterns ('*.x.y' matches subdomains of x.y only). */
export function hostMatches(pattern: string, hostname: string): boolean {
  if (pattern.startsWith('*.')) return hostname.endsWith(pattern.slice(1));
  return hostname === pattern;
}

/** Chromium flags that send the sites' hostnames to the fixture server and accept its certificate. */
export function hostResolverArgs(hosts: string[], port: number): string[] {
  const rules = hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(',');
  return [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'];
}
