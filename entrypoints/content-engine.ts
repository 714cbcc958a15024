// The engine: reads the editor, paints its blanks and answers the panel (lib/content/start.ts).
// Not listed in the manifest and not web-accessible: the background injects it with
// scripting.executeScript into a frame whose content script found something editable
// (lib/content/engine-loader.ts), so it runs in the content script's isolated world.
import { ENGINE_RUNNING, startOnce } from '@/lib/content/instance-guard';
import { startContent } from '@/lib/content/start';
import { markNow } from '@/lib/content/timing';

export default defineUnlistedScript(() => {
  // One engine per frame, however often it is injected.
  startOnce(ENGINE_RUNNING, () => {
    markNow('ra:engine-started');
    const running = startContent();
    return () => void running.then((r) => r.stop());
  });
});
