// The backup file's shape, checked with valibot: strict objects (unknown keys rejected),
// bounded strings and arrays, known enum values.
import * as v from 'valibot';
import { LIMITS } from './limits';
import { BACKUP_FORMAT } from './types';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nonEmptyText = (max: number) => v.pipe(v.string(), v.nonEmpty(), v.maxLength(max));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const source = v.picklist(['default', 'user']);

export const phraseSchema = v.strictObject({
  id: v.optional(v.pipe(v.number(), v.integer())),
  text: nonEmptyText(LIMITS.phraseChars),
  category: v.optional(text(LIMITS.nameChars), 'general'),
  tags: v.optional(v.pipe(v.array(text(LIMITS.tagChars)), v.maxLength(LIMITS.tagsPerPhrase)), []),
  source: v.optional(source, 'user'),
  defaultId: v.optional(text(LIMITS.nameChars)),
  favourite: v.optional(v.boolean(), false),
  createdAt: v.optional(time, 0),
  updatedAt: v.optional(time, 0),
});

export const templateSchema = v.strictObject({
  id: v.optional(v.pipe(v.number(), v.integer())),
  name: nonEmptyText(LIMITS.nameChars),
  kind: v.optional(v.picklist(['document', 'section']), 'document'),
  body: nonEmptyText(LIMITS.templateChars),
  source: v.optional(source, 'user'),
  defaultId: v.optional(text(LIMITS.nameChars)),
  createdAt: v.optional(time, 0),
  updatedAt: v.optional(time, 0),
});

export const categorySchema = v.strictObject({
  id: nonEmptyText(LIMITS.nameChars),
  name: v.strictObject({ zh: nonEmptyText(LIMITS.nameChars), en: nonEmptyText(LIMITS.nameChars) }),
  order: v.pipe(v.number(), v.finite()),
  source: v.optional(source, 'user'),
});

const colour = text(64);
export const settingsSchema = v.strictObject({
  language: v.optional(v.picklist(['auto', 'zh', 'en'])),
  highlightsEnabled: v.optional(v.boolean()),
  highlightColours: v.optional(
    v.strictObject({
      x: v.optional(colour),
      cross: v.optional(colour),
      star: v.optional(colour),
      mou: v.optional(colour),
      underline: v.optional(colour),
      circle: v.optional(colour),
      triangle: v.optional(colour),
      brackets: v.optional(colour),
    }),
  ),
  sites: v.optional(
    v.pipe(
      v.record(text(2_000), v.boolean()),
      v.check((r) => Object.keys(r).length <= 10_000),
    ),
  ),
  profile: v.optional(
    v.pipe(
      v.array(
        v.strictObject({ key: nonEmptyText(LIMITS.nameChars), label: nonEmptyText(LIMITS.nameChars), value: text(LIMITS.phraseChars) }),
      ),
      v.maxLength(LIMITS.profileEntries),
    ),
  ),
});

export const usageSchema = v.strictObject({
  text: nonEmptyText(LIMITS.phraseChars),
  lastUsedAt: time,
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const backupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.number(),
  kind: v.optional(v.picklist(['full', 'pack']), 'full'),
  exportedAt: text(64),
  phrases: v.pipe(v.array(phraseSchema), v.maxLength(LIMITS.phrases)),
  templates: v.pipe(v.array(templateSchema), v.maxLength(LIMITS.templates)),
  categories: v.optional(v.pipe(v.array(categorySchema), v.maxLength(LIMITS.categories))),
  settings: v.optional(settingsSchema),
  usage: v.optional(v.pipe(v.array(usageSchema), v.maxLength(LIMITS.phrases))),
});

export type ParsedBackup = v.InferOutput<typeof backupSchema>;
