// The origin of the page the panel works on: from the page's state when it has one, else from the
// browser (also when no content script runs there, e.g. a site switched off).
import { useEffect, useState } from 'preact/hooks';
import type { PageLink } from './page-link';
import { originOf } from './site-access';

export function usePageOrigin(link: PageLink | null, docUrl: string | undefined): string | undefined {
  const [pageUrl, setPageUrl] = useState<string | undefined>(docUrl);
  useEffect(() => {
    if (docUrl) setPageUrl(docUrl);
    else if (link) void link.pageUrl().then(setPageUrl);
    else setPageUrl(undefined);
  }, [link, docUrl]);
  return originOf(pageUrl);
}
