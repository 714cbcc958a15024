import { analyze } from '@/lib/analysis';
import { onMessage, sendMessage, type DocState } from '@/lib/protocol';

export default defineContentScript({
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  allFrames: true,
  matchAboutBlank: true,
  main() {
    const root = document.querySelector<HTMLElement>('textarea, [contenteditable="true"], [contenteditable=""]');
    if (!root) return;
    let version = 0;
    const read = () => (root instanceof HTMLTextAreaElement ? root.value : root.innerText);
    const state = (): DocState => {
      const text = read();
      const r = analyze(text);
      return {
        url: location.href,
        title: document.title,
        editor: { id: root instanceof HTMLTextAreaElement ? 'textarea' : 'contenteditable', name: 'contenteditable', features: ['read'] },
        reportScore: r.outline.length ? 1 : 0,
        isReport: r.outline.length > 0,
        outline: r.outline,
        blanks: r.placeholders.map((p) => ({ ...p, before: text.slice(Math.max(0, p.start - 10), p.start), after: text.slice(p.end, p.end + 10) })),
        findings: r.findings,
        stats: r.stats,
        length: text.length,
        version: ++version,
      };
    };
    onMessage('getState', () => state());
    void sendMessage('stateChanged', state()).catch(() => {});
  },
});
