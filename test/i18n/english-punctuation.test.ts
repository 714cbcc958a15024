// @vitest-environment node
// English UI text uses English punctuation. Chinese heading markers quoted as examples (一、 （一）)
// are what the user types, so they are the one exception.
import { expect, test } from 'vitest';
import { en } from '../../lib/i18n/en';

const CHINESE_PUNCTUATION = /[、，。：；！？（）【】《》「」『』]/u;
const MARKER_EXAMPLE = /[（(]?[一二三四五六七八九十0-9]+[、）)]/gu;

test('no Chinese punctuation in English messages (beyond heading-marker examples)', () => {
  const offenders = Object.entries(en).filter(([, text]) => CHINESE_PUNCTUATION.test(text.replace(MARKER_EXAMPLE, '')));
  expect(offenders).toEqual([]);
});

test('the scan catches a Chinese comma or list mark in English text', () => {
  expect(CHINESE_PUNCTUATION.test('read、insert'.replace(MARKER_EXAMPLE, ''))).toBe(true);
  expect(CHINESE_PUNCTUATION.test('Done，thanks'.replace(MARKER_EXAMPLE, ''))).toBe(true);
});
