// 我的信息: which profile value belongs to which field. The four everyday entries have fixed field
// keys; entries the user adds match fields by their label (述职人, 联系电话 …).
import type { ProfileEntry } from '../db/types';
import type { Field } from '../fields/types';
import type { MessageKey } from '../i18n';

export const PROFILE_BUILTINS: { key: string; labelKey: MessageKey }[] = [
  { key: 'person:reporter', labelKey: 'profile.name' },
  { key: 'org:unit', labelKey: 'profile.unit' },
  { key: 'role:reporter', labelKey: 'profile.position' },
  { key: 'year:report', labelKey: 'profile.year' },
];

export const customKey = (label: string) => `custom:${label.trim()}`;

/** The profile value for a field, if the user has one. */
export function profileValueFor(field: Field, profile: readonly ProfileEntry[]): string | undefined {
  const hit =
    profile.find((e) => e.value && e.key === field.key) ??
    profile.find((e) => e.value && e.key.startsWith('custom:') && e.label.trim() === field.label.trim());
  return hit?.value;
}
