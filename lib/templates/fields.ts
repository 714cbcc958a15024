// `{字段}` fields in template bodies: listing them and filling them in.

/** A field is a short name in braces: {单位} {年度} {姓名} {职务}. No braces or line breaks inside. */
const FIELD = /\{([^{}\n\r]{1,20})\}/g;

/** Field names in order of first appearance, each once. */
export function parseFields(body: string): string[] {
  const names = new Set<string>();
  for (const match of body.matchAll(FIELD)) {
    const name = match[1].trim();
    if (name) names.add(name);
  }
  return [...names];
}

// What an empty field becomes: a blank the analysis engine finds, still saying what belongs there.
const BLANK_FOR: Record<string, string> = {
  姓名: '×××',
  年度: 'XXXX',
  年份: 'XXXX',
  单位: 'XX单位',
  部门: 'XX部门',
  职务: 'XX职务',
};

export function blankFor(field: string): string {
  return BLANK_FOR[field] ?? `XX（${field}）`;
}

/** Replaces each field with its value; fields without a (non-blank) value become a visible blank. */
export function fillTemplate(body: string, values: Readonly<Record<string, string | undefined>>): string {
  return body.replace(FIELD, (_whole, raw: string) => {
    const name = raw.trim();
    const value = Object.hasOwn(values, name) ? values[name]?.trim() : undefined;
    return value ? value : blankFor(name);
  });
}
