import { useState } from 'preact/hooks';
import type { CleanReport, Removal } from '@/lib/analysis/clean';
import { useT } from '@/lib/panel/i18n-context';
import { copyText } from '@/lib/panel/clipboard';
import { errorNotice, useNotify } from '@/lib/panel/notices';
import type { PageLink } from '@/lib/panel/page-link';
import { useWriteFeedback } from '@/lib/panel/write-feedback';

// Loaded on demand: the Traditional→Simplified dictionary is large.
const cleanText = async (input: string, simplified: boolean, keep: ReadonlySet<number>) =>
  (await import('@/lib/analysis/clean')).cleanWithReport(input, { simplified, keep });

export function CleanView({ link }: { link: PageLink }) {
  const t = useT();
  const notify = useNotify();
  const report = useWriteFeedback();
  const [input, setInput] = useState('');
  const [simplified, setSimplified] = useState(false);
  const [keep, setKeep] = useState<ReadonlySet<number>>(new Set());
  const [result, setResult] = useState<CleanReport | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (options: { simplified?: boolean; keep?: ReadonlySet<number> } = {}) => {
    if (!input.trim()) {
      notify({ key: 'clean.empty', tone: 'error' });
      return;
    }
    const nextSimplified = options.simplified ?? simplified;
    const nextKeep = options.keep ?? new Set<number>();
    setBusy(true);
    try {
      setResult(await cleanText(input, nextSimplified, nextKeep));
      setSimplified(nextSimplified);
      setKeep(nextKeep);
    } catch (err) {
      notify(errorNotice(err));
    } finally {
      setBusy(false);
    }
  };
  const toggleKeep = (id: number, kept: boolean) => {
    const next = new Set(keep);
    if (kept) next.add(id);
    else next.delete(id);
    void run({ keep: next });
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
        <button type="button" class="primary" onClick={() => run()} disabled={busy}>
          {t('clean.run')}
        </button>
      </div>
      {result && (
        <section aria-label={t('clean.result')}>
          <h3>{t('clean.result')}</h3>
          {result.traditional && !simplified && (
            <p class="muted">
              {t('clean.traditional')}{' '}
              <button type="button" class="link" onClick={() => run({ simplified: true, keep })}>
                {t('clean.convert')}
              </button>
            </p>
          )}
          <p class="muted">{t('clean.removed', { lines: result.removals.length - keep.size })}</p>
          {result.pinyin > 0 && <p class="muted">{t('clean.pinyin', { count: result.pinyin })}</p>}
          {result.removals.length === 0 ? (
            <p class="muted">{t('clean.nothing')}</p>
          ) : (
            <RemovalList removals={result.removals} keep={keep} onKeep={toggleKeep} />
          )}
          <textarea rows={10} readOnly value={result.text} data-testid="clean-result" aria-label={t('clean.result')} />
          <div class="toolbar">
            <button
              type="button"
              onClick={async () =>
                notify((await copyText(result.text)) ? { key: 'copy.done', tone: 'info' } : { key: 'copy.failed', tone: 'error' })
              }
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

function RemovalList(props: { removals: Removal[]; keep: ReadonlySet<number>; onKeep: (id: number, kept: boolean) => void }) {
  const t = useT();
  return (
    <details open class="removals">
      <summary>{t('clean.removedList')}</summary>
      <ul>
        {props.removals.map((r) => (
          <li key={r.id} data-reason={r.reason}>
            <label class="check">
              <input type="checkbox" checked={props.keep.has(r.id)} onChange={(e) => props.onKeep(r.id, e.currentTarget.checked)} />
              {t('clean.keep')}
            </label>{' '}
            <span class="muted">
              {t(r.whole ? 'clean.line' : 'clean.fragment', { line: r.line + 1 })} · {t(`clean.reason.${r.reason}`)}
            </span>
            <div class="removed-text">{r.text}</div>
          </li>
        ))}
      </ul>
    </details>
  );
}
