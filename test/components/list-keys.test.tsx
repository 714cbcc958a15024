// Rows that hold typed text are keyed by what they show, not by position: when an entry is added
// before them, an unsaved draft stays in its own row instead of being overwritten.
import { afterEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { ProfileView } from '@/components/ProfileView';
import type { ProfileEntry } from '@/lib/db/types';
import { translator } from '@/lib/i18n';
import { I18nContext } from '@/lib/panel/i18n-context';
import { NoticeContext } from '@/lib/panel/notices';

afterEach(cleanup);

const entry = (label: string, value: string): ProfileEntry => ({ key: `custom:${label}`, label, value });

function view(profile: ProfileEntry[]) {
  return (
    <I18nContext.Provider value={{ language: 'zh', t: translator('zh') }}>
      <NoticeContext.Provider value={() => {}}>
        <ProfileView profile={profile} />
      </NoticeContext.Provider>
    </I18nContext.Provider>
  );
}

test('我的信息: a draft stays in its row when an entry is added before it', () => {
  const { rerender } = render(view([entry('分管领域', '综合'), entry('联系电话', '0000')]));
  fireEvent.input(screen.getByLabelText('联系电话'), { target: { value: '1234 草稿' } });
  rerender(view([entry('办公地点', '三楼'), entry('分管领域', '综合'), entry('联系电话', '0000')]));
  expect((screen.getByLabelText('联系电话') as HTMLInputElement).value).toBe('1234 草稿');
  expect((screen.getByLabelText('分管领域') as HTMLInputElement).value).toBe('综合');
  expect((screen.getByLabelText('办公地点') as HTMLInputElement).value).toBe('三楼');
});
