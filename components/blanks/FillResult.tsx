import { useT } from '@/lib/panel/i18n-context';

export interface LastFill {
  text: string;
  /** Present while the fill can still be undone from the panel. */
  undo?: () => void;
  tone: 'info' | 'error';
}

/** What the last fill did, with 撤销本次填写 while it can be undone. */
export function FillResult({ last }: { last: LastFill | null }) {
  const t = useT();
  return (
    <div class={`fill-result ${last?.tone ?? ''}`} role="status" aria-live="polite" data-testid="fill-result">
      {last && (
        <>
          <span>{last.text}</span>
          {last.undo && (
            <button type="button" class="small" onClick={last.undo}>
              {t('fields.undo')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
