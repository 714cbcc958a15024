import { useEffect, useRef } from 'preact/hooks';
import type { EditPreview } from '@/lib/fields/types';
import { useT } from '@/lib/panel/i18n-context';
import { changedPart } from '@/lib/panel/fill-plan';

export interface PendingFill {
  title: string;
  previews: EditPreview[];
  count: number;
  /** Fields whose value did not fit: shown, never written. */
  skipped: string[];
}

/** Every sentence as it reads now and as it will read, before anything is written. */
export function FillPreview({ pending, onConfirm, onCancel }: { pending: PendingFill; onConfirm(): void; onCancel(): void }) {
  const t = useT();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), [pending]);
  return (
    <section
      class="fill-preview"
      role="dialog"
      aria-label={pending.title}
      data-testid="fill-preview"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h3>{pending.title}</h3>
      <p class="muted">{t('fields.previewIntro', { count: pending.count })}</p>
      <ol class="preview-lines">
        {pending.previews.map((p) => {
          const part = changedPart(p.before, p.after);
          return (
            <li key={p.line}>
              <div class="before">
                <span class="tag">{t('fields.before')}</span>
                {part.head}
                <span class="old">{part.old}</span>
                {part.tail}
              </div>
              <div class="after">
                <span class="tag">{t('fields.after')}</span>
                {part.head}
                <mark>{part.new}</mark>
                {part.tail}
              </div>
            </li>
          );
        })}
      </ol>
      {pending.skipped.length > 0 && (
        <ul class="skipped" role="alert">
          {pending.skipped.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of messages (which may repeat), never reordered
            <li key={i}>{s}</li>
          ))}
        </ul>
      )}
      <div class="toolbar">
        <button type="button" class="primary" ref={confirm} onClick={onConfirm} disabled={pending.count === 0}>
          {t('fields.confirmFill', { count: pending.count })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
