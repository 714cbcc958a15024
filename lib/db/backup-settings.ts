// Settings in an imported backup: what they would change, and what each strategy applies.
// "Skip" keeps the user's settings as they are; "keep both" keeps them too and only adds 我的信息
// entries the user does not have; "overwrite" takes the backup's value for everything it holds.
import type { ImportStrategy } from './backup-import';
import type { LanguageSetting } from '../i18n';
import type { ProfileEntry, SettingRow, Settings } from './types';

export type SettingChange =
  | { key: 'language'; from: LanguageSetting; to: LanguageSetting }
  | { key: 'highlightsEnabled'; from: boolean; to: boolean }
  /** A site switch; a site the user never switched is on. */
  | { key: 'site'; origin: string; from: boolean; to: boolean }
  | { key: 'highlightColours'; count: number }
  /** 我的信息: `changed` entries hold another value, `added` ones are new. */
  | { key: 'profile'; changed: number; added: number };

/** Every difference the imported settings make to the current ones. */
export function settingChanges(current: Settings, imported: Partial<Settings> | undefined): SettingChange[] {
  if (!imported) return [];
  const out: SettingChange[] = [];
  if (imported.language !== undefined && imported.language !== current.language)
    out.push({ key: 'language', from: current.language, to: imported.language });
  if (imported.highlightsEnabled !== undefined && imported.highlightsEnabled !== current.highlightsEnabled)
    out.push({ key: 'highlightsEnabled', from: current.highlightsEnabled, to: imported.highlightsEnabled });
  for (const [origin, on] of Object.entries(imported.sites ?? {})) {
    const from = current.sites[origin] ?? true;
    if (on !== from) out.push({ key: 'site', origin, from, to: on });
  }
  const colours = Object.entries(imported.highlightColours ?? {}).filter(
    ([kind, colour]) => colour !== undefined && colour !== (current.highlightColours as Record<string, string | undefined>)[kind],
  ).length;
  if (colours) out.push({ key: 'highlightColours', count: colours });
  const mine = new Map(current.profile.map((e) => [e.key, e]));
  let changed = 0;
  let added = 0;
  for (const entry of imported.profile ?? []) {
    const old = mine.get(entry.key);
    if (!old) added++;
    else if (old.value !== entry.value || old.label !== entry.label) changed++;
  }
  if (changed || added) out.push({ key: 'profile', changed, added });
  return out;
}

/** Whether `strategy` applies `change` (for the preview). */
export function appliesTo(change: SettingChange, strategy: ImportStrategy): boolean {
  if (strategy === 'overwrite') return true;
  return strategy === 'keepBoth' && change.key === 'profile' && change.added > 0;
}

function mergeProfile(mine: ProfileEntry[], theirs: ProfileEntry[], overwrite: boolean): ProfileEntry[] {
  const byKey = new Map(mine.map((e) => [e.key, e]));
  for (const entry of theirs) if (overwrite || !byKey.has(entry.key)) byKey.set(entry.key, entry);
  return [...byKey.values()];
}

/** The setting rows `strategy` writes for the imported settings (none when nothing changes). */
export function settingRowsToWrite(current: Settings, imported: Partial<Settings> | undefined, strategy: ImportStrategy): SettingRow[] {
  if (!imported || strategy === 'skip') return [];
  const next: Partial<Settings> = {};
  if (imported.profile) next.profile = mergeProfile(current.profile, imported.profile, strategy === 'overwrite');
  if (strategy === 'overwrite') {
    if (imported.language !== undefined) next.language = imported.language;
    if (imported.highlightsEnabled !== undefined) next.highlightsEnabled = imported.highlightsEnabled;
    if (imported.sites) next.sites = { ...current.sites, ...imported.sites };
    if (imported.highlightColours) next.highlightColours = { ...current.highlightColours, ...imported.highlightColours };
  }
  return Object.entries(next)
    .filter(([key, value]) => JSON.stringify(value) !== JSON.stringify((current as unknown as Record<string, unknown>)[key]))
    .map(([key, value]) => ({ key, value }) as SettingRow);
}
