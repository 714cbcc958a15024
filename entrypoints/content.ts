import { startContent } from '@/lib/content/start';
import { CONTENT_MATCHES } from '@/lib/background/sites';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    void startContent().then((running) => ctx.onInvalidated(() => running.stop()));
  },
});
