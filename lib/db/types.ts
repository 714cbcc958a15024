// Records stored in the local library (IndexedDB, extension origin) and the backup file format.
import type { LocalizedText, PlaceholderKind } from '../analysis/types';
import type { LanguageSetting } from '../i18n';

export type Source = 'default' | 'user';

export interface Phrase {
  id?: number;
  text: string;
  /** A Category id. */
  category: string;
  tags: string[];
  source: Source;
  /** Stable id of the shipped default this phrase came from (kept when the user edits it). */
  defaultId?: string;
  favourite: boolean;
  createdAt: number;
  updatedAt: number;
}

export type TemplateKind = 'document' | 'section';

export interface Template {
  id?: number;
  name: string;
  kind: TemplateKind;
  /** Text with `{字段}` fields and placeholders (XX, ×××) the engine recognises. */
  body: string;
  source: Source;
  defaultId?: string;
  createdAt: number;
  updatedAt: number;
}

export interface Category {
  /** Stable id, e.g. 'opening'. */
  id: string;
  name: LocalizedText;
  order: number;
  source: Source;
}

export interface Usage {
  phraseId: number;
  lastUsedAt: number;
  count: number;
}

/** What the library remembers about one document (keyed by its URL without hash). */
export interface DocRecord {
  url: string;
  /** Values the user filled per blank label (名, 次, 单位 …). */
  filled: Record<string, string>;
  /** Number of blanks when the document was first seen, for "已填 12 / 40". */
  firstSeenBlanks?: number;
  /** Short outline summary: top-level titles, as last seen. */
  outlineSummary?: string[];
  updatedAt: number;
}

export type HighlightColours = Partial<Record<PlaceholderKind, string>>;

export interface Settings {
  language: LanguageSetting;
  highlightsEnabled: boolean;
  highlightColours: HighlightColours;
  /** Per-site switches keyed by origin (https://example.com). */
  sites: Record<string, boolean>;
  /** 我的信息: values that fill fields of the same key (or, for keys the user adds, the same label). */
  profile: ProfileEntry[];
}

export interface ProfileEntry {
  /** A field key ('person:reporter', 'org:unit', …) or 'custom:<label>' for one the user added. */
  key: string;
  /** What the user calls it (shown in 我的信息; matched against field labels for custom keys). */
  label: string;
  value: string;
}

export type SettingKey = keyof Settings;

export interface SettingRow<K extends SettingKey = SettingKey> {
  key: K;
  value: Settings[K];
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export const BACKUP_FORMAT = 'report-assistant-backup';
export const BACKUP_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** 'full' (default when absent) or a shareable 'pack' with phrases and templates only. */
  kind?: 'full' | 'pack';
  exportedAt: string;
  phrases: BackupPhrase[];
  templates: BackupTemplate[];
  categories?: Category[];
  settings?: Partial<Settings>;
  usage?: BackupUsage[];
}

export type BackupPhrase = Omit<Phrase, 'id'> & { id?: number };
export type BackupTemplate = Omit<Template, 'id'> & { id?: number };
/** Usage refers to phrases by their text: ids change across databases. */
export interface BackupUsage {
  text: string;
  lastUsedAt: number;
  count: number;
}
