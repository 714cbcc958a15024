// Settings repository: one row per key; missing keys read as their defaults.
import { openLibrary } from './connection';
import { guarded } from './errors';
import type { LibraryDb } from './schema';
import type { SettingKey, SettingRow, Settings } from './types';
import { DEFAULT_SETTINGS } from './default-settings';

export { DEFAULT_SETTINGS };

const KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

export function settingsFromRows(rows: SettingRow[]): Settings {
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);
  for (const row of rows) {
    if (KEYS.includes(row.key)) (settings as Record<SettingKey, unknown>)[row.key] = row.value;
  }
  return settings;
}

export async function readSettings(db: LibraryDb): Promise<Settings> {
  return settingsFromRows(await db.settings.toArray());
}

export async function getSettings(): Promise<Settings> {
  return guarded(async () => readSettings(await openLibrary()));
}

export async function setSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  await guarded(async () => {
    await (await openLibrary()).settings.put({ key, value } as SettingRow);
  });
}

/** Whether the extension is on for one origin: one row read, asked before every engine injection. */
export async function isSiteEnabled(origin: string): Promise<boolean> {
  return guarded(async () => {
    const row = await (await openLibrary()).settings.get('sites');
    const sites = row?.value as Settings['sites'] | undefined;
    return sites?.[origin] !== false;
  });
}

/** Turns the extension on or off for one origin (https://example.com). */
export async function setSiteEnabled(origin: string, enabled: boolean): Promise<void> {
  await guarded(async () => {
    const db = await openLibrary();
    await db.transaction('rw', db.settings, async () => {
      const sites = (await readSettings(db)).sites;
      await db.settings.put({ key: 'sites', value: { ...sites, [origin]: enabled } });
    });
  });
}
