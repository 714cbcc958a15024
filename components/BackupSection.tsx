import { useState } from 'preact/hooks';
import type { ImportPreview, ImportStrategy, ParsedBackup, SettingChange } from '@/lib/db';
import { appliesTo } from '@/lib/db/backup-settings';
import { clipText } from '@/lib/clip-text';
import { useLanguage, useT } from '@/lib/panel/i18n-context';
import { errorNotice, useNotify } from '@/lib/panel/notices';
import { errorText } from '@/lib/panel/error-text';

// Backup code (and its validation library) loads only when the user exports or imports.
const backup = () => import('@/lib/db');

const STRATEGIES: ImportStrategy[] = ['skip', 'overwrite', 'keepBoth'];

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Backup export, and import with a preview of what changes and a conflict strategy. */
export function BackupSection() {
  const t = useT();
  const language = useLanguage();
  const notify = useNotify();
  const [pending, setPending] = useState<{ parsed: ParsedBackup; preview: ImportPreview } | null>(null);
  const [strategy, setStrategy] = useState<ImportStrategy>('skip');
  const fail = (err: unknown) => notify({ key: 'settings.importError', params: { message: errorText(err, language) }, tone: 'error' });

  const exportFile = async (which: 'backup' | 'pack') => {
    try {
      const { exportAll, exportOwnPack, serializeBackup, backupFileName } = await backup();
      const file = which === 'pack' ? await exportOwnPack() : await exportAll();
      download(backupFileName(file), serializeBackup(file));
      notify({ key: 'settings.exported', tone: 'info' });
    } catch (err) {
      notify(errorNotice(err));
    }
  };
  const choose = async (file: File | undefined) => {
    if (!file) return;
    try {
      const { parseBackup } = await backup();
      const result = parseBackup(await file.text(), 'any');
      if (!result.ok) return fail({ text: result.error.message });
      const { previewImport } = await backup();
      setPending({ parsed: result.value, preview: await previewImport(result.value) });
    } catch (err) {
      fail(err);
    }
  };
  const apply = async () => {
    if (!pending) return;
    try {
      const { applyImport } = await backup();
      await applyImport(pending.parsed, strategy);
      setPending(null);
      notify({ key: 'settings.imported', tone: 'info' });
    } catch (err) {
      fail(err);
    }
  };
  const onOff = (on: boolean) => t(on ? 'settings.change.on' : 'settings.change.off');
  const langName = (l: string) => t(`settings.lang.${l}` as 'settings.lang.auto');
  const describe = (c: SettingChange): string => {
    switch (c.key) {
      case 'language':
        return t('settings.change.language', { from: langName(c.from), to: langName(c.to) });
      case 'highlightsEnabled':
        return t('settings.change.highlights', { from: onOff(c.from), to: onOff(c.to) });
      case 'site':
        return t('settings.change.site', { origin: clipText(c.origin, 80), from: onOff(c.from), to: onOff(c.to) });
      case 'highlightColours':
        return t('settings.change.colours', { count: c.count });
      case 'profile':
        return t('settings.change.profile', { changed: c.changed, added: c.added });
    }
  };
  const row = (label: string, c: ImportPreview['phrases']) => (
    <tr>
      <th>{label}</th>
      <td>{t('settings.previewAdd', { count: c.new })}</td>
      <td>{t('settings.previewChange', { count: c.conflicts.length })}</td>
      <td>{t('settings.previewSame', { count: c.identical })}</td>
    </tr>
  );

  return (
    <fieldset>
      <legend>{t('settings.backup')}</legend>
      <div class="toolbar">
        <button type="button" onClick={() => exportFile('backup')}>
          {t('settings.export')}
        </button>
        <button type="button" onClick={() => exportFile('pack')} title={t('settings.packHint')}>
          {t('settings.exportPack')}
        </button>
        <label class="stack">
          {t('settings.import')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            onChange={(e) => void choose(e.currentTarget.files?.[0])}
          />
        </label>
      </div>
      {pending && (
        <section aria-label={t('settings.preview')} data-testid="import-preview">
          <h3>{t('settings.preview')}</h3>
          <table class="diff">
            <tbody>
              {row(t('tabs.phrases'), pending.preview.phrases)}
              {row(t('tabs.templates'), pending.preview.templates)}
            </tbody>
          </table>
          {pending.preview.settings.length === 0 ? (
            <p class="muted">{t('settings.previewNoSettings')}</p>
          ) : (
            <section aria-label={t('settings.previewSettings')}>
              <h4>{t('settings.previewSettings')}</h4>
              <ul data-testid="import-settings">
                {pending.preview.settings.map((c) => (
                  <li key={c.key === 'site' ? `site:${c.origin}` : c.key}>
                    {describe(c)} · <strong>{t(appliesTo(c, strategy) ? 'settings.change.applied' : 'settings.change.kept')}</strong>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <fieldset>
            <legend>{t('settings.strategy')}</legend>
            {STRATEGIES.map((s) => (
              <label class="check" key={s}>
                <input type="radio" name="strategy" checked={strategy === s} onChange={() => setStrategy(s)} />
                {t(`settings.strategy.${s}` as const)}
              </label>
            ))}
          </fieldset>
          <div class="toolbar">
            <button type="button" class="primary" onClick={apply}>
              {t('settings.apply')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('settings.cancel')}
            </button>
          </div>
        </section>
      )}
    </fieldset>
  );
}
