// Runs in the main world of 飞书 / Lark docx pages (injected by lib/editors/sites/lark.ts) to read
// what the content script cannot see: the whole block model, rendered or not, and the page's own
// "locate block" call. It only reads the page's objects and calls their methods; it never changes
// them. Model: window.PageMain.blockManager.rootBlockModel (whale4113/cloud-document-converter
// packages/lark/src/env.ts, docx.ts).
import { blocksOfModel, type LarkBlockText } from '@/lib/editors/sites/lark-model';
import { serveBridge } from '@/lib/editors/sites/page-bridge';

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
    const notify = serveBridge('lark', {
      snapshot: () => read(),
      async locate(args: { id?: unknown }) {
        const locate = pageMain()?.locateBlockWithRecordIdImpl;
        if (typeof locate !== 'function' || typeof args?.id !== 'string') return false;
        return Boolean(await locate.call(pageMain(), args.id));
      },
    });
    setInterval(() => {
      const blocks = read();
      if (!blocks) return;
      const key = JSON.stringify(blocks);
      if (key === last) return;
      last = key;
      notify('snapshot', blocks);
    }, POLL_MS);
  },
});
