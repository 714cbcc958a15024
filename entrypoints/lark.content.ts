// 飞书 / Lark's own content script, on Lark hosts only: registers the Lark adapter (so the content
// script every page loads stays small); the adapter injects its bridge when it finds a docx page.
import { registerSiteAdapter } from '@/lib/editors/site-adapters';
import { larkFactory } from '@/lib/editors/sites/lark';
import { LARK_MATCHES } from '@/lib/editors/sites/lark-hosts';

export default defineContentScript({
  matches: LARK_MATCHES,
  runAt: 'document_start',
  allFrames: true,
  main() {
    registerSiteAdapter(larkFactory);
  },
});
