import { useEffect, useState } from 'preact/hooks';
import { sendMessage, type DocState } from '@/lib/protocol';

async function targetTabId(): Promise<number | undefined> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function App() {
  const [state, setState] = useState<DocState | null>(null);
  useEffect(() => {
    void targetTabId().then(async (tabId) => {
      if (tabId === undefined) return;
      setState(await sendMessage('getState', undefined, tabId).catch(() => null));
    });
  }, []);
  if (!state) return <p>未找到文档</p>;
  return (
    <main>
      <p data-testid="blank-count">待填 {state.blanks.length}</p>
      <ol data-testid="outline">
        {state.outline.map((h) => (
          <li>{h.marker}{h.title}</li>
        ))}
      </ol>
    </main>
  );
}
