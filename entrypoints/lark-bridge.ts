// Runs in the main world of 飞书 / Lark docx pages (injected by lib/editors/sites/lark.ts) to read
// what the content script cannot see: the whole block model, rendered or not, and the page's own
// "locate block" call. It only reads the page's objects and calls their methods; it never changes
// them. Model: window.PageMain.blockManager.rootBlockModel (whale4113/cloud-document-converter
// packages/lark/src/env.ts, docx.ts).
import { LARK_BRIDGE, type LarkBridgeSpec } from '@/lib/bridge/lark-spec';
import { serveBridge } from '@/lib/bridge/protocol';
import { blocksOfModel, type LarkBlockText } from '@/lib/editors/sites/lark-model';

interface PageMainLike {
  blockManager?: { rootBlockModel?: unknown; model?: { rootBlockModel?: unknown } };
  locateBlockWithRecordIdImpl?: (recordId: string, options?: Record<string, unknown>) => Promise<boolean> | boolean;
}

// Remote edits and edits in blocks the content script cannot see arrive without any DOM change.
const POLL_MS = 1000;

// No global variable: the page's own window is left as it was.
export default defineUnlistedScript({
  globalName: false,
  main() {
    const pageMain = () => (window as unknown as { PageMain?: PageMainLike }).PageMain;
    const read = (): LarkBlockText[] | null => {
      const manager = pageMain()?.blockManager;
      const root = manager?.rootBlockModel ?? manager?.model?.rootBlockModel;
      return root ? blocksOfModel(root) : null;
    };
    let last = '';
    const server = serveBridge<LarkBridgeSpec>(LARK_BRIDGE, {
      snapshot: () => read(),
      async locate(params) {
        const locate = pageMain()?.locateBlockWithRecordIdImpl;
        if (typeof locate !== 'function' || typeof params?.id !== 'string') return false;
        return Boolean(await locate.call(pageMain(), params.id));
      },
    });
    setInterval(() => {
      const blocks = read();
      if (!blocks) return;
      const key = JSON.stringify(blocks);
      if (key === last) return;
      last = key;
      server.emit('snapshot', blocks);
    }, POLL_MS);
  },
});
