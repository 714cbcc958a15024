// TODO(panel): temporary until the library's template field filling lands.
const FIELD = /\{([^{}\n]{1,20})\}/g;

export function templateFields(body: string): string[] {
  return [...new Set([...body.matchAll(FIELD)].map((m) => m[1]))];
}

export function fillTemplate(body: string, values: Record<string, string>): string {
  return body.replace(FIELD, (whole, name: string) => values[name]?.trim() || whole);
}
