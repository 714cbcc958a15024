import { useState } from 'preact/hooks';
import type { ProfileEntry } from '@/lib/db/types';
import { setProfileEntry } from '@/lib/db/profile';
import { useT } from '@/lib/panel/i18n-context';
import { useNotify } from '@/lib/panel/notices';
import { PROFILE_BUILTINS, customKey } from '@/lib/panel/profile';

/** 我的信息: the values that fill the same fields in every report (姓名、单位、职务、年度, and more). */
export function ProfileView({ profile }: { profile: ProfileEntry[] }) {
  const t = useT();
  const notify = useNotify();
  const save = (entry: ProfileEntry) => setProfileEntry(entry).catch(() => notify({ text: t('profile.saveFailed'), tone: 'error' }));
  const valueOf = (key: string) => profile.find((e) => e.key === key)?.value ?? '';
  const custom = profile.filter((e) => e.key.startsWith('custom:'));
  const [label, setLabel] = useState('');
  const [value, setValue] = useState('');
  return (
    <section class="profile" aria-label={t('profile.title')} data-testid="profile">
      <h3>{t('profile.title')}</h3>
      <p class="muted small-print">{t('profile.intro')}</p>
      <div class="profile-grid">
        {PROFILE_BUILTINS.map(({ key, labelKey }) => (
          <label>
            <span>{t(labelKey)}</span>
            <input value={valueOf(key)} onChange={(e) => void save({ key, label: t(labelKey), value: e.currentTarget.value })} />
          </label>
        ))}
        {custom.map((e) => (
          <label>
            <span>{e.label}</span>
            <input value={e.value} onChange={(ev) => void save({ ...e, value: ev.currentTarget.value })} />
          </label>
        ))}
      </div>
      <form
        class="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          if (!label.trim() || !value.trim()) return;
          void save({ key: customKey(label), label, value }).then(() => {
            setLabel('');
            setValue('');
          });
        }}
      >
        <input value={label} placeholder={t('profile.newLabel')} aria-label={t('profile.newLabel')} onInput={(e) => setLabel(e.currentTarget.value)} />
        <input value={value} placeholder={t('profile.newValue')} aria-label={t('profile.newValue')} onInput={(e) => setValue(e.currentTarget.value)} />
        <button type="submit" disabled={!label.trim() || !value.trim()}>
          {t('profile.add')}
        </button>
      </form>
    </section>
  );
}
