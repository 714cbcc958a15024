import { noticeText, type Notice } from '@/lib/panel/notices';
import { useLanguage, useT } from '@/lib/panel/i18n-context';

export function NoticeLine({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  const t = useT();
  const language = useLanguage();
  return (
    <div
      class={`notice ${notice?.tone ?? ''}`}
      role={notice?.tone === 'error' ? 'alert' : 'status'}
      aria-live="polite"
      data-testid="notice"
    >
      {notice && (
        <>
          <span>{noticeText(notice, t, language)}</span>
          <button type="button" class="small" aria-label={t('common.close')} onClick={onClose}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
