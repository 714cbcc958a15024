// The overlay multiplies its boxes with the page only for colours opaque enough to hide a blank's text.
import { expect, test } from 'vitest';
import { DEFAULT_COLOURS, colourAlpha, safeColour } from '../../lib/highlight/styles';

test.each([
  ['#0f0', 1],
  ['#00ff00', 1],
  ['#0f08', 0x88 / 255],
  ['#00ff0040', 0x40 / 255],
  ['rgb(0, 255, 0)', 1],
  ['rgba(255, 196, 0, 0.45)', 0.45],
  ['rgb(0 255 0 / 25%)', 0.25],
  ['hsla(120, 100%, 50%, .6)', 0.6],
  ['hsl(120 100% 50% / 1)', 1],
  ['rgba(0, 0, 0, 2)', 1],
  ['green', 1],
  ['transparent', 0],
])('%s has alpha %d', (colour, alpha) => {
  expect(safeColour(colour)).toBe(colour);
  expect(colourAlpha(colour)).toBeCloseTo(alpha, 5);
});

test('the built-in colours are all translucent (the overlay needs no blending for them)', () => {
  for (const colour of Object.values(DEFAULT_COLOURS)) expect(colourAlpha(colour)).toBeLessThan(0.5);
});
