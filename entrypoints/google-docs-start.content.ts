// Google Docs decides whether to render its annotated canvas (text + SVG rects) when it starts,
// so its bridge goes into the page at document_start, before Docs' own scripts run.
import { injectBridge } from '@/lib/bridge/inject';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  main() {
    void injectBridge('/google-docs-bridge.js');
  },
});
