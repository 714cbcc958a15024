// One HTTPS server for every site fixture, on 127.0.0.1. Chromium reaches it under the sites'
// real hostnames (host-resolver-rules, see hostResolverArgs) with a self-signed certificate made
// at test time that names them all, so the manifest's matches and the adapters' hostname checks
// run as on the live sites.
import { createReadStream, readdirSync, statSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { extname, join, normalize, resolve } from 'node:path';
import { generate } from 'selfsigned';
import { hostMatches, type SiteFixture } from './site-fixture';

const SITES_DIR = resolve(import.meta.dirname);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Every test/e2e/sites/<site>/site.ts. */
export async function loadSiteFixtures(dir = SITES_DIR): Promise<SiteFixture[]> {
  const sites: SiteFixture[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'site.ts');
    if (!existsSync(file)) continue;
    const site = (await import(file)).default as SiteFixture;
    sites.push({ ...site, id: name });
  }
  return sites;
}

export interface SiteServer {
  port: number;
  /** Every hostname pattern served (as in the fixtures' `hosts`). */
  hosts: string[];
  server: Server;
}

export async function serveSites(sites: SiteFixture[]): Promise<SiteServer> {
  const hosts = [...new Set(sites.flatMap((s) => s.hosts))];
  const pems = await generate([{ name: 'commonName', value: 'report-assistant-site-fixtures' }], {
    keySize: 2048,
    days: 2,
    extensions: [{ name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2, value })) }],
  } as any);
  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const hostname = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${hostname}`);
    // Several fixtures may share a host (a smoke page, a variant): the first that answers wins.
    for (const site of sites.filter((s) => s.hosts.some((h) => hostMatches(h, hostname)))) {
      const answer = site.route?.(url) ?? { file: decodeURIComponent(url.pathname) };
      if ('body' in answer) {
        res.writeHead(answer.status ?? 200, { 'content-type': answer.type, 'cache-control': 'no-store' }).end(answer.body);
        return;
      }
      const base = join(SITES_DIR, site.id);
      let file = normalize(join(base, answer.file));
      if (!file.startsWith(base)) continue;
      try {
        if (statSync(file).isDirectory()) file = join(file, 'index.html');
        if (!statSync(file).isFile()) continue;
      } catch {
        continue;
      }
      res.writeHead(200, {
        'content-type': answer.type ?? TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${hostname}${url.pathname}`);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, hosts, server };
}
