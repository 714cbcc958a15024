// Names and colours of the blank highlights: one CSS highlight per placeholder kind. The one
// source of the kinds and their colours, for the page's painting and the panel's settings alike.
import type { PlaceholderKind } from '../analysis/types';

export const PLACEHOLDER_KINDS: PlaceholderKind[] = ['x', 'cross', 'star', 'mou', 'underline', 'circle', 'triangle', 'brackets'];

const DEFAULT_COLOUR = 'rgba(255, 196, 0, 0.45)';

export const DEFAULT_COLOURS: Record<PlaceholderKind, string> = {
  x: DEFAULT_COLOUR,
  cross: DEFAULT_COLOUR,
  star: DEFAULT_COLOUR,
  mou: 'rgba(255, 140, 60, 0.40)',
  underline: 'rgba(80, 160, 255, 0.35)',
  circle: DEFAULT_COLOUR,
  triangle: DEFAULT_COLOUR,
  brackets: 'rgba(80, 160, 255, 0.35)',
};

export function highlightName(kind: string): string {
  return `ra-blank-${kind}`;
}

/** Only plain colour values get into the stylesheet: settings come from storage and could hold anything. */
export function safeColour(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (/^#[0-9a-f]{3,8}$/i.test(v)) return v;
  if (/^(rgb|rgba|hsl|hsla)\([0-9.,%\s/]+\)$/i.test(v)) return v;
  if (/^[a-z]{3,20}$/i.test(v)) return v;
  return null;
}

/** The colour for each kind: the kind's own setting, else the 'default' setting, else ours. */
export function resolveColours(settings: Record<string, string> | undefined): Record<PlaceholderKind, string> {
  const out = { ...DEFAULT_COLOURS };
  const fallback = safeColour(settings?.default);
  for (const kind of PLACEHOLDER_KINDS) out[kind] = safeColour(settings?.[kind]) ?? fallback ?? DEFAULT_COLOURS[kind];
  return out;
}

/**
 * A colour as `<input type="color">` takes it (#rrggbb, no alpha): the hue of what the page paints.
 * Null for colours it cannot read (named colours).
 */
export function colourInputValue(colour: string): string | null {
  const v = colour.trim();
  const hex = /^#([0-9a-f]{3,8})$/i.exec(v)?.[1];
  if (hex) {
    if (hex.length === 3 || hex.length === 4) return `#${[...hex.slice(0, 3)].map((c) => c + c).join('')}`.toLowerCase();
    if (hex.length === 6 || hex.length === 8) return `#${hex.slice(0, 6)}`.toLowerCase();
    return null;
  }
  const rgb = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})/i.exec(v);
  if (!rgb) return null;
  return `#${rgb
    .slice(1, 4)
    .map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** A colour's alpha, 0–1, for the values safeColour lets through (named colours: 1, but `transparent`). */
export function colourAlpha(colour: string): number {
  const v = colour.trim();
  const hex = /^#([0-9a-f]{3,8})$/i.exec(v)?.[1];
  if (hex) {
    if (hex.length === 4) return parseInt(hex[3] + hex[3], 16) / 255;
    if (hex.length === 8) return parseInt(hex.slice(6), 16) / 255;
    return 1;
  }
  const fn = /^(?:rgb|hsl)a?\(([^)]*)\)$/i.exec(v);
  if (fn) {
    const given = fn[1].split(/[\s,/]+/).filter(Boolean)[3];
    const alpha = given === undefined ? 1 : given.endsWith('%') ? parseFloat(given) / 100 : parseFloat(given);
    return Number.isNaN(alpha) ? 1 : Math.min(1, Math.max(0, alpha));
  }
  return /^transparent$/i.test(v) ? 0 : 1;
}

/**
 * The colour settings after the user picks `picked` (#rrggbb) for `kind`. A colour input holds no
 * alpha, so picking the built-in colour's hue would store an opaque copy of a translucent colour:
 * it gives the built-in colour back instead (no setting, painted by the injected rules). Kept as
 * picked when a `default` setting would otherwise paint the kind.
 */
export function pickColour(current: Record<string, string | undefined>, kind: PlaceholderKind, picked: string): Record<string, string> {
  const next: Record<string, string> = {};
  for (const [k, v] of Object.entries(current)) if (v !== undefined && k !== kind) next[k] = v;
  const builtIn = colourInputValue(DEFAULT_COLOURS[kind]) === picked.toLowerCase() && !safeColour(current.default);
  if (!builtIn) next[kind] = picked;
  return next;
}

/**
 * What the ::highlight rules hang on. Adding the rules to a page restyles every element of it (a
 * 1 MB document: ~130 ms of style in one frame); Chromium paints custom highlights in descendants
 * from the root's highlight style (highlight inheritance), and restyles the page about a third
 * faster for rules on :root alone (bench/e2e/huge-open.ts). Firefox keeps the universal rules.
 * Rules there before the page is first styled cost nothing measurable: the default colours' rules
 * are injected with the content script (default-highlights.css).
 */
export const HIGHLIGHT_RULE_SCOPE = import.meta.env?.FIREFOX ? '' : ':root';

export function highlightCss(colours: Record<PlaceholderKind, string>, scope = HIGHLIGHT_RULE_SCOPE): string {
  return PLACEHOLDER_KINDS.map(
    (kind) =>
      `${scope}::highlight(${highlightName(kind)}) { background-color: ${colours[kind]}; text-decoration: underline dotted rgba(180, 90, 0, 0.9); }`,
  ).join('\n');
}
