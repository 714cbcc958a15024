import { useT } from '@/lib/panel/i18n-context';

export function BackupSection() {
  const t = useT();
  return (
    <fieldset>
      <legend>{t('settings.backup')}</legend>
    </fieldset>
  );
}
