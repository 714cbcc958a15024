import { useEffect, useState } from 'preact/hooks';
import { observeLibraryLoss, type LibraryLoss } from '@/lib/db/library-health';
import { useLanguage, useT } from '@/lib/panel/i18n-context';
import { errorNotice, useNotify } from '@/lib/panel/notices';

// Restoring loads the import code only when the user asks for it.
const recovery = () => import('@/lib/db/library-restore');

/** Shown above everything while the library is emptied: what was lost, and the way back. */
export function LibraryLossPanel() {
  const t = useT();
  const language = useLanguage();
  const notify = useNotify();
  const [loss, setLoss] = useState<LibraryLoss | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => observeLibraryLoss(setLoss), []);
  if (!loss) return null;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (err) {
      notify(errorNotice(err));
    } finally {
      setBusy(false);
    }
  };
  const restore = () =>
    run(async () => {
      const report = await (await recovery()).restoreAutoBackup();
      notify({ key: 'library.restored', params: { phrases: report.phrases, templates: report.templates }, tone: 'info' });
    });
  const afresh = () =>
    confirm(t('library.confirmAfresh')) &&
    run(async () => {
      await (await recovery()).startAfresh();
      notify({ key: 'library.startedAfresh', tone: 'info' });
    });
  const time = new Date(loss.backup.savedAt).toLocaleString(language === 'zh' ? 'zh-CN' : 'en');

  return (
    <section class="library-lost" role="alert" data-testid="library-lost">
      <p class="warn">{t('library.lost', { time, phrases: loss.backup.phrases, templates: loss.backup.templates })}</p>
      <div class="toolbar">
        <button type="button" class="primary" disabled={busy} onClick={restore}>
          {t('library.restore')}
        </button>
        <button type="button" disabled={busy} onClick={afresh}>
          {t('library.startAfresh')}
        </button>
      </div>
    </section>
  );
}
