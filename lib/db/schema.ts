// The library database and its upgrade path. Each version's stores stay declared so an old
// database opens through every upgrade in order.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Category, DocRecord, MetaRow, Phrase, SettingRow, Template, Usage } from './types';
import type { DefaultSet } from '../library/types';

export const DB_NAME = 'report-assistant';

/** v1: phrases with builtin/starred flags, templates without kind, categories named in Chinese only. */
export const STORES_V1 = {
  phrases: '++id, category, text',
  templates: '++id, name',
  categories: '&id, order',
  settings: '&key',
};

/** v2: tags on phrases, usage statistics, template kinds. */
export const STORES_V2 = {
  ...STORES_V1,
  phrases: '++id, category, text, *tags, updatedAt',
  templates: '++id, name, kind',
  usage: '&phraseId, lastUsedAt',
};

/** v3: source/defaultId replace builtin, favourites renamed, per-document state and meta (tombstones). */
export const STORES_V3 = {
  ...STORES_V2,
  phrases: '++id, category, text, *tags, source, defaultId, updatedAt',
  templates: '++id, name, kind, source, defaultId',
  docs: '&url, updatedAt',
  meta: '&key',
};

export const SCHEMA_VERSION = 3;

export class LibraryDb extends Dexie {
  phrases!: EntityTable<Phrase, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  categories!: EntityTable<Category, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  usage!: EntityTable<Usage, 'phraseId'>;
  docs!: EntityTable<DocRecord, 'url'>;
  meta!: EntityTable<MetaRow, 'key'>;

  /**
   * `defaults` are the shipped defaults the v3 upgrade matches old builtins against; they are passed
   * in (not imported here) so the large default library loads lazily, only when a database opens.
   */
  constructor(name: string, defaults: Pick<DefaultSet, 'phrases' | 'templates'>, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(upgradeToV2);
    this.version(3)
      .stores(STORES_V3)
      .upgrade((tx) => upgradeToV3(tx, defaults));
  }
}

// biome-ignore lint/suspicious/noExplicitAny: rows written by older versions of the schema have no type
type Loose = Record<string, any>;

async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('phrases')
    .toCollection()
    .modify((p: Loose) => {
      p.tags = Array.isArray(p.tags) ? p.tags : [];
      p.updatedAt = p.updatedAt ?? p.createdAt ?? 0;
    });
  await tx
    .table('templates')
    .toCollection()
    .modify((t: Loose) => {
      t.kind = t.kind === 'section' ? 'section' : 'document';
    });
}

/** Tombstone key in meta: ids of shipped defaults the user deleted (never re-added). */
export const META_TOMBSTONES = 'deletedDefaults';
/** Meta key: the defaults version last merged into this database. */
export const META_DEFAULTS_VERSION = 'defaultsVersion';

async function upgradeToV3(
  tx: Transaction,
  { phrases: DEFAULT_PHRASES, templates: DEFAULT_TEMPLATES }: Pick<DefaultSet, 'phrases' | 'templates'>,
): Promise<void> {
  const phraseByText = new Map(DEFAULT_PHRASES.map((p) => [p.text, p.defaultId]));
  const templateByName = new Map(DEFAULT_TEMPLATES.map((t) => [t.name, t.defaultId]));
  const seenPhrases = new Set<string>();
  const seenTemplates = new Set<string>();
  let hadBuiltins = false;

  await tx
    .table('phrases')
    .toCollection()
    .modify((p: Loose) => {
      const defaultId = p.builtin ? phraseByText.get(p.text) : undefined;
      if (p.builtin) hadBuiltins = true;
      // A builtin whose text no longer matches a default was edited by the user: it is theirs now.
      p.source = defaultId ? 'default' : 'user';
      if (defaultId) {
        p.defaultId = defaultId;
        seenPhrases.add(defaultId);
      }
      p.favourite = Boolean(p.starred ?? p.favourite);
      delete p.builtin;
      delete p.starred;
    });
  await tx
    .table('templates')
    .toCollection()
    .modify((t: Loose) => {
      const defaultId = t.builtin ? templateByName.get(t.name) : undefined;
      if (t.builtin) hadBuiltins = true;
      t.source = defaultId ? 'default' : 'user';
      if (defaultId) {
        t.defaultId = defaultId;
        seenTemplates.add(defaultId);
      }
      t.createdAt = t.createdAt ?? 0;
      t.updatedAt = t.updatedAt ?? t.createdAt;
      delete t.builtin;
    });
  await tx
    .table('categories')
    .toCollection()
    .modify((c: Loose) => {
      if (typeof c.name === 'string') c.name = { zh: c.name, en: c.name };
      c.source = c.source ?? 'user';
    });

  if (hadBuiltins) {
    // The old database was seeded with defaults; the ones missing now were deleted or rewritten
    // by the user, so they must not come back on the next merge.
    const tombstones = [
      ...DEFAULT_PHRASES.filter((p) => p.since <= 1 && !seenPhrases.has(p.defaultId)).map((p) => p.defaultId),
      ...DEFAULT_TEMPLATES.filter((t) => t.since <= 1 && !seenTemplates.has(t.defaultId)).map((t) => t.defaultId),
    ];
    await tx.table('meta').bulkPut([
      { key: META_TOMBSTONES, value: tombstones },
      { key: META_DEFAULTS_VERSION, value: 1 },
    ]);
  }
}
