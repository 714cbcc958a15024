import { useState } from 'preact/hooks';
import type { DocState } from '@/lib/protocol';
import type { Template } from '@/lib/db/types';
import { observeTemplates } from '@/lib/db/live';
import { addTemplate, deleteTemplate } from '@/lib/db/templates';
import { fillTemplate, parseFields, templateFromOutline } from '@/lib/templates';
import { useT } from '@/lib/panel/i18n-context';
import { errorNotice, useNotify } from '@/lib/panel/notices';
import { copyText } from '@/lib/panel/clipboard';
import type { PageLink } from '@/lib/panel/page-link';
import { useLive } from '@/lib/panel/use-live';
import { useWriteFeedback } from '@/lib/panel/write-feedback';

export function TemplatesView({ link, state }: { link: PageLink; state: DocState | null }) {
  const t = useT();
  const notify = useNotify();
  const templates = useLive(observeTemplates) ?? [];
  const [using, setUsing] = useState<Template | null>(null);
  const fail = (err: unknown) => notify(errorNotice(err));

  if (using) return <TemplateForm template={using} link={link} onBack={() => setUsing(null)} />;
  return (
    <div class="view templates">
      <FromOutline state={state} onError={fail} />
      {templates.length === 0 ? (
        <p class="empty">{t('templates.none')}</p>
      ) : (
        <ul data-testid="template-list">
          {templates.map((tpl) => (
            <li class="phrase" key={tpl.id}>
              <div class="text">
                <strong>{tpl.name}</strong>
              </div>
              <div class="actions">
                <button type="button" class="small primary" onClick={() => setUsing(tpl)} aria-label={`${t('templates.use')}：${tpl.name}`}>
                  {t('templates.use')}
                </button>
                {tpl.source === 'user' && (
                  <button type="button" class="small" onClick={() => tpl.id !== undefined && deleteTemplate(tpl.id).catch(fail)}>
                    {t('templates.delete')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function FromOutline({ state, onError }: { state: DocState | null; onError: (err: unknown) => void }) {
  const t = useT();
  const notify = useNotify();
  const [name, setName] = useState('');
  const save = async (e: Event) => {
    e.preventDefault();
    if (!state || state.outline.length === 0) {
      notify({ key: 'templates.noOutline', tone: 'error' });
      return;
    }
    try {
      const templateName = name.trim() || state.title || t('templates.fromOutline');
      await addTemplate({ name: templateName, kind: 'document', body: templateFromOutline(state.outline) });
      notify({ key: 'templates.saved', params: { name: templateName }, tone: 'info' });
      setName('');
    } catch (err) {
      onError(err);
    }
  };
  return (
    <form class="card" onSubmit={save}>
      <label class="form-row">
        {t('templates.name')}
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} placeholder={state?.title ?? ''} />
      </label>
      <button type="submit" disabled={!state || state.outline.length === 0}>
        {t('templates.fromOutline')}
      </button>
    </form>
  );
}

function TemplateForm({ template, link, onBack }: { template: Template; link: PageLink; onBack: () => void }) {
  const t = useT();
  const notify = useNotify();
  const report = useWriteFeedback();
  const fields = parseFields(template.body);
  const [values, setValues] = useState<Record<string, string>>({});
  const text = fillTemplate(template.body, values);
  return (
    <form
      class="view template-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const section = template.kind === 'section';
        report(await link.insertTemplate(text, section), {
          key: section ? 'templates.insertedSection' : 'templates.inserted',
          params: { name: template.name },
        });
      }}
    >
      <div class="toolbar">
        <button type="button" onClick={onBack}>
          ← {t('templates.back')}
        </button>
        <strong>{template.name}</strong>
      </div>
      {fields.length > 0 && <p class="muted">{t('templates.fields')}</p>}
      {fields.map((field) => (
        <label class="form-row" key={field}>
          {field}
          <input value={values[field] ?? ''} onInput={(e) => setValues({ ...values, [field]: e.currentTarget.value })} />
        </label>
      ))}
      <h3>{t('templates.preview')}</h3>
      <div class="preview" data-testid="template-preview">
        {text}
      </div>
      <div class="toolbar">
        <button type="submit" class="primary">
          {t('templates.insert')}
        </button>
        <button
          type="button"
          onClick={async () => notify((await copyText(text)) ? { key: 'copy.done', tone: 'info' } : { key: 'copy.failed', tone: 'error' })}
        >
          {t('templates.copy')}
        </button>
      </div>
    </form>
  );
}
