// Main world on docs.google.com/document/*: asks Docs for the annotated canvas with THIS
// extension's id (given by the content script on our <script> element), then answers the
// content script over the bridge protocol.
import { serveBridge } from '@/lib/bridge/protocol';
import { GOOGLE_DOCS_BRIDGE, type GoogleDocsBridgeSpec } from '@/lib/bridge/google-docs-spec';

export default defineUnlistedScript(() => {
  const id = (document.currentScript as HTMLScriptElement | null)?.dataset.extensionId;
  if (id) (window as unknown as Record<string, unknown>)._docs_annotate_canvas_by_ext = id;
  serveBridge<GoogleDocsBridgeSpec>(GOOGLE_DOCS_BRIDGE, {
    hello: () => ({ annotated: typeof (window as any)._docs_annotate_getAnnotatedText === 'function' }),
    getText: () => null,
    getSelection: () => null,
    setSelection: () => false,
    insert: () => ({ text: null, via: 'none' as const }),
    layout: () => ({ runs: [] }),
    exportText: () => null,
  });
});
