// 我的信息, kept as the `profile` settings row (so it travels with settings in the backup).
import { openLibrary } from './connection';
import { guarded } from './errors';
import { readSettings } from './settings';
import type { ProfileEntry } from './types';

/** The profile with one entry set: added, changed, or (a custom one with an empty value) removed. */
export function withEntry(profile: readonly ProfileEntry[], entry: ProfileEntry): ProfileEntry[] {
  const clean = { key: entry.key.trim(), label: entry.label.trim(), value: entry.value.trim() };
  const rest = profile.filter((e) => e.key !== clean.key);
  if (!clean.value && clean.key.startsWith('custom:')) return rest;
  return [...rest, clean];
}

export async function setProfileEntry(entry: ProfileEntry): Promise<void> {
  await guarded(async () => {
    const db = await openLibrary();
    await db.transaction('rw', db.settings, async () => {
      const profile = (await readSettings(db)).profile;
      await db.settings.put({ key: 'profile', value: withEntry(profile, entry) });
    });
  });
}
