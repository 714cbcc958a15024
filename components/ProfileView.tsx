import { useEffect, useRef, useState } from 'preact/hooks';
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
  const savedValue = (key: string) => profile.find((e) => e.key === key)?.value ?? '';
  const custom = profile.filter((e) => e.key.startsWith('custom:'));
  const [label, setLabel] = useState('');
  const [value, setValue] = useState('');
  return (
    <section class="profile" aria-label={t('profile.title')} data-testid="profile">
      <h3>{t('profile.title')}</h3>
      <p class="muted small-print">{t('profile.intro')}</p>
      <div class="profile-grid">
        {PROFILE_BUILTINS.map(({ key, labelKey }) => (
          <ProfileInput
            key={key}
            label={t(labelKey)}
            saved={savedValue(key)}
            onSave={(value) => void save({ key, label: t(labelKey), value })}
          />
        ))}
        {custom.map((e) => (
          <ProfileInput key={e.key} label={e.label} saved={e.value} onSave={(value) => void save({ ...e, value })} />
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
        <input
          value={label}
          placeholder={t('profile.newLabel')}
          aria-label={t('profile.newLabel')}
          onInput={(e) => setLabel(e.currentTarget.value)}
        />
        <input
          value={value}
          placeholder={t('profile.newValue')}
          aria-label={t('profile.newValue')}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
        <button type="submit" disabled={!label.trim() || !value.trim()}>
          {t('profile.add')}
        </button>
      </form>
    </section>
  );
}

/**
 * One entry: what is typed stays while other entries are saved, and while the library reports any
 * change (another panel, a slow first answer) as long as the input has the focus; it is saved when
 * the input is left.
 */
function ProfileInput({ label, saved, onSave }: { label: string; saved: string; onSave(value: string): void }) {
  const [draft, setDraft] = useState(saved);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(saved);
  }, [saved]);
  return (
    <label>
      <span>{label}</span>
      <input
        value={draft}
        onFocus={() => {
          editing.current = true;
        }}
        onBlur={() => {
          editing.current = false;
        }}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onChange={(e) => onSave(e.currentTarget.value)}
      />
    </label>
  );
}
