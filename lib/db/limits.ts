// Size limits shared by the repositories and the backup validator.
export const LIMITS = {
  phraseChars: 2_000,
  templateChars: 50_000,
  nameChars: 100,
  tagChars: 30,
  tagsPerPhrase: 20,
  phrases: 50_000,
  templates: 2_000,
  categories: 200,
  profileEntries: 200,
  /** Whole backup file, in UTF-16 code units. */
  backupChars: 20_000_000,
} as const;
