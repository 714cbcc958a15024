import { stableId } from './stable-id';
import type { DefaultPhrase, DefaultTemplate } from './types';
import type { TemplateKind } from '../db/types';

/** One category's phrases; `tags` apply to all of them. */
export function definePhrases(category: string, texts: string[], options: { since?: number; tags?: string[] } = {}): DefaultPhrase[] {
  return texts.map((text) => ({
    defaultId: stableId('p', text),
    text,
    category,
    tags: options.tags ?? [],
    since: options.since ?? 1,
  }));
}

export function defineTemplate(name: string, kind: TemplateKind, body: string, since = 1): DefaultTemplate {
  return { defaultId: stableId('t', name), name, kind, body: body.replace(/^\n/, ''), since };
}
