// The 飞书 / Lark bridge's messages (entrypoints/lark-bridge.ts ↔ lib/editors/sites/lark.ts).
import type { LarkBlockText } from '../editors/sites/lark-model';

export const LARK_BRIDGE = 'lark';

export interface LarkBridgeSpec {
  methods: {
    /** Every block with text in document order, rendered or not; null without the page's model. */
    snapshot: { params: null; result: LarkBlockText[] | null };
    /** Scrolls the page to a block by its record id (the page's own locate call). */
    locate: { params: { id: string }; result: boolean };
  };
  events: {
    /** The model's text changed (also edits the content script could not see: remote, unrendered). */
    snapshot: LarkBlockText[];
  };
}
