import { useState } from 'preact/hooks';
import { useT } from '@/lib/panel/i18n-context';
import { copyText } from '@/lib/panel/clipboard';
import { errorNotice, useNotify } from '@/lib/panel/notices';
import type { PageLink } from '@/lib/panel/page-link';
import { useWriteFeedback } from '@/lib/panel/write-feedback';

export function CleanView({ link }: { link: PageLink }) {
  const t = useT();
  const notify = useNotify();
  const report = useWriteFeedback();
  const [input, setInput] = useState('');
  const [simplified, setSimplified] = useState(false);
  const [result, setResult] = useState<{ text: string; removed: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    if (!input.trim()) {
      notify({ key: 'clean.empty', tone: 'error' });
      return;
    }
    setBusy(true);
    try {
      // Loaded on demand: the Traditional→Simplified dictionary is large.
      const { clean, analyze } = await import('@/lib/analysis');
      const text = await clean(input, { simplified });
      setResult({ text, removed: analyze(input).boilerplate.length });
    } catch (err) {
      notify(errorNotice(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="view clean">
      <label class="stack">
        {t('clean.input')}
        <textarea rows={8} value={input} onInput={(e) => setInput(e.currentTarget.value)} />
      </label>
      <div class="toolbar">
        <label class="check">
          <input type="checkbox" checked={simplified} onChange={(e) => setSimplified(e.currentTarget.checked)} />
          {t('clean.simplified')}
        </label>
        <button type="button" class="primary" onClick={run} disabled={busy}>
          {t('clean.run')}
        </button>
      </div>
      {result && (
        <section aria-label={t('clean.result')}>
          <h3>{t('clean.result')}</h3>
          <p class="muted">{t('clean.removed', { lines: result.removed })}</p>
          <textarea rows={10} readOnly value={result.text} data-testid="clean-result" aria-label={t('clean.result')} />
          <div class="toolbar">
            <button
              type="button"
              onClick={async () => notify((await copyText(result.text)) ? { key: 'copy.done', tone: 'info' } : { key: 'copy.failed', tone: 'error' })}
            >
              {t('clean.copy')}
            </button>
            <button type="button" onClick={async () => report(await link.insertText(result.text), { key: 'clean.inserted' })}>
              {t('clean.insert')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
