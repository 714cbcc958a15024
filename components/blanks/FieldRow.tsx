import type { Ref } from 'preact';
import type { Field } from '@/lib/fields/types';
import { fieldSnippet } from '@/lib/panel/fill-plan';
import { useT } from '@/lib/panel/i18n-context';

export interface FieldRowProps {
  field: Field;
  /** Position in the whole list (only some rows are rendered). */
  index: number;
  total: number;
  rowKey: string;
  value: string;
  active: boolean;
  /** The reason the last value did not fit, already translated. */
  error?: string;
  /** Other fields with the same key (0: this one only). */
  sameKey: number;
  inputRef: Ref<HTMLInputElement>;
  onValue(value: string): void;
  onFill(): void;
  onFillSame(): void;
  onShow(): void;
  onFocus(): void;
  onEscape(): void;
  today(): string;
}

/** One field: its sentence with the blank marked, its own input, and a fill for the same key. */
export function FieldRow(props: FieldRowProps) {
  const t = useT();
  const { field } = props;
  const snippet = fieldSnippet(field);
  const sentence = `${field.context.before}${snippet.blank}${field.context.after}`;
  const errorId = `err-${field.id}`;
  return (
    <li
      class={props.active ? 'field active' : 'field'}
      data-kind={field.kind}
      data-key={field.key}
      data-index={props.index}
      aria-posinset={props.index + 1}
      aria-setsize={props.total}
      aria-current={props.active ? 'true' : undefined}
    >
      <button type="button" class="link context" title={sentence} onClick={props.onShow}>
        <span class="label-chip">{field.label}</span>
        <span class="muted">{snippet.before}</span>
        <mark>{snippet.blank}</mark>
        <span class="muted">{snippet.after}</span>
      </button>
      <div class="fill-line">
        <input
          ref={props.inputRef}
          class="fill-one"
          value={props.value}
          inputMode={field.kind === 'year' || field.kind === 'count' || field.kind === 'percent' ? 'numeric' : undefined}
          placeholder={field.kind === 'date' ? t('fields.datePlaceholder') : t('blanks.fillInput')}
          aria-label={t('fields.inputLabel', { label: field.label, sentence })}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={props.error ? errorId : undefined}
          onFocus={props.onFocus}
          onInput={(e) => props.onValue(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.isComposing) return;
            if (e.key === 'Enter' && e.shiftKey && props.sameKey > 0) {
              e.preventDefault();
              props.onFillSame();
            } else if (e.key === 'Enter') {
              e.preventDefault();
              props.onFill();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              props.onEscape();
            }
          }}
        />
        {field.kind === 'date' && (
          <>
            <input
              type="date"
              class="date-picker"
              tabIndex={-1}
              aria-label={t('fields.pickDate', { label: field.label })}
              value={/^\d{4}-\d{2}-\d{2}$/.test(props.value) ? props.value : ''}
              onInput={(e) => props.onValue(e.currentTarget.value)}
            />
            <button type="button" class="small" tabIndex={-1} onClick={() => props.onValue(props.today())}>
              {t('fields.today')}
            </button>
          </>
        )}
        {props.sameKey > 0 && (
          <button type="button" class="small" onClick={props.onFillSame} disabled={!props.value.trim()}>
            {t('fields.fillSame', { count: props.sameKey + 1 })}
          </button>
        )}
      </div>
      {props.error && (
        <p class="field-error" id={errorId} role="alert">
          {props.error}
        </p>
      )}
    </li>
  );
}
