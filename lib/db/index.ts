// The local library: phrases, templates, categories, settings, usage and per-document state in
// the extension's own IndexedDB. Open only from extension pages and the background.
export * from './types';
export { openLibrary, closeLibrary, useDatabaseName, deleteLibrary } from './connection';
export { StorageError, onStorageError, toStorageError, type StorageErrorKind } from './errors';
export { LibraryInputError } from './input-error';
export { LIMITS } from './limits';
export { listPhrases, getPhrase, addPhrase, updatePhrase, setFavourite, deletePhrase } from './phrases';
export type { NewPhrase, PhraseChanges } from './phrases';
export { listTemplates, getTemplate, addTemplate, updateTemplate, deleteTemplate } from './templates';
export type { NewTemplate, TemplateChanges } from './templates';
export { listCategories, addCategory, renameCategory, deleteCategory } from './categories';
export { DEFAULT_SETTINGS, getSettings, isSiteEnabled, setSetting, setSiteEnabled } from './settings';
export { recordUse, listUsage, listRecentPhrases } from './usage';
export { docKey, getDoc, saveDoc, forgetDoc, blankTotals, MAX_DOCS } from './docs';
export type { DocChanges } from './docs';
export {
  observe,
  observePhrases,
  observeTemplates,
  observeCategories,
  observeUsage,
  observeSettings,
  observeDoc,
  type Unsubscribe,
} from './live';
export { mergeDefaults, type MergeReport } from './defaults';
export { exportAll, exportPack, exportOwnPack, serializeBackup, backupFileName } from './backup-export';
export { previewImport, type ImportPreview, type ImportCounts } from './backup-preview';
export { applyImport, type ImportStrategy, type ImportReport } from './backup-import';
export { settingChanges, appliesTo, type SettingChange } from './backup-settings';
export { parseBackup, type ParseResult, type BackupError, type BackupErrorCode, type ExpectedKind } from './backup-parse';
export type { ParsedBackup } from './backup-schema';
export { LibraryDb, DB_NAME, SCHEMA_VERSION } from './schema';
export { observeLibraryLoss, type LibraryLoss } from './library-health';
export { restoreAutoBackup, startAfresh, type RestoreReport } from './library-restore';
