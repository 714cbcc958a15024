import { expect, test } from 'vitest';
import { resolveLanguage, translateLoose, translator } from '@/lib/i18n';
import { zh } from '@/lib/i18n/zh';
import { en } from '@/lib/i18n/en';

test('every Chinese message has an English one with the same parameters', () => {
  const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect(params(en[key]), key).toEqual(params(zh[key]));
});

test('parameters are filled in and the language picks the catalogue', () => {
  expect(translator('zh')('blanks.progress', { filled: 12, total: 40 })).toBe('已填 12 / 40');
  expect(translator('en')('blanks.progress', { filled: 12, total: 40 })).toBe('Filled 12 / 40');
});

test('the language comes from the setting, else from the browser, Chinese when unknown', () => {
  expect(resolveLanguage('en', 'zh-CN')).toBe('en');
  expect(resolveLanguage('auto', 'en-US')).toBe('en');
  expect(resolveLanguage('auto', 'zh-TW')).toBe('zh');
  expect(resolveLanguage('auto', 'fr')).toBe('zh');
  expect(resolveLanguage(undefined, undefined)).toBe('zh');
});

test('a message key from elsewhere that the catalogue lacks is shown as given', () => {
  const t = translator('zh');
  expect(translateLoose(t, 'write.copied')).toBe(zh['write.copied']);
  expect(translateLoose(t, 'content.somethingNew')).toBe('content.somethingNew');
});
