// `fields`: the blanks of a template as fields, one entry per key. `fill`: values by key into a
// template, printed as text. Both use lib/fields, the model the panel fills with.
import { readFile } from 'node:fs/promises';
import { applyEdits, fieldsWithKey, fillAll, findFields, type Field, type FieldEdit } from '../lib/fields';
import { translateLoose, translator } from '../lib/i18n';
import { EXIT_BAD_INPUT, EXIT_CLEAN, EXIT_LEFT, errorLine, usageError, type Io } from './io';
import { both, messages } from './messages';
import { DocumentError, readDocument } from './read-document';

export interface FieldEntry {
  key: string;
  kind: Field['kind'];
  label: string;
  spans: { start: number; end: number; text: string; part?: string }[];
  context: Field['context'];
}

/** One entry per key, in the order keys first appear; spans of all its fields in document order. */
export function fieldEntries(fields: Field[]): FieldEntry[] {
  const byKey = new Map<string, FieldEntry>();
  for (const f of fields) {
    let entry = byKey.get(f.key);
    if (entry === undefined) {
      entry = { key: f.key, kind: f.kind, label: f.label, spans: [], context: f.context };
      byKey.set(f.key, entry);
    }
    for (const s of f.spans)
      entry.spans.push(
        s.part === undefined ? { start: s.start, end: s.end, text: s.text } : { start: s.start, end: s.end, text: s.text, part: s.part },
      );
  }
  for (const entry of byKey.values()) entry.spans.sort((a, b) => a.start - b.start);
  return [...byKey.values()];
}

async function readText(file: string, io: Io): Promise<string | number> {
  try {
    return (await readDocument(file)).text;
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    io.err(errorLine(error.bilingual));
    return EXIT_BAD_INPUT;
  }
}

export async function fieldsCommand(args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.find((a) => a.startsWith('--') && a !== '--json');
  if (unknown) return usageError(messages.unknownOption(unknown), io);
  const files = args.filter((a) => a !== '--json');
  if (files.length !== 1) return usageError(files.length === 0 ? messages.noFiles : messages.oneFileFor('fields'), io);
  const text = await readText(files[0], io);
  if (typeof text === 'number') return text;
  const fields = findFields(text);
  const entries = fieldEntries(fields);
  if (json) {
    io.out(JSON.stringify(entries, null, 2));
    return EXIT_CLEAN;
  }
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const where = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return `${line + 1}:${offset - lineStarts[line] + 1}`;
  };
  const lines = [both(messages.fieldsHeader(entries.length, fields.length))];
  for (const e of entries) {
    const same = fieldsWithKey(fields, e.key);
    const first = same[0];
    const marked = text.slice(first.spans[0].start, first.spans[first.spans.length - 1].end);
    const places = same.map((f) => where(f.spans[0].start)).join(' ');
    lines.push(`${e.key}  ${e.kind}  ${e.label}  ${places}  ${first.context.before}【${marked}】${first.context.after}`);
  }
  io.out(lines.join('\n'));
  return EXIT_CLEAN;
}

interface FillArgs {
  file: string;
  values: Map<string, string>;
}

async function parseFillArgs(args: string[], io: Io): Promise<FillArgs | number> {
  const values = new Map<string, string>();
  const set = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--set' || a === '--values') {
      const next = args[i + 1];
      if (next === undefined) return usageError(messages.missingArgument(a), io);
      i++;
      if (a === '--set') {
        const eq = next.indexOf('=');
        if (eq <= 0) return usageError(messages.badSet(next), io);
        set.set(next.slice(0, eq), next.slice(eq + 1));
      } else {
        const read = await readValues(next, io);
        if (typeof read === 'number') return read;
        for (const [k, v] of read) values.set(k, v);
      }
    } else if (a.startsWith('--')) return usageError(messages.unknownOption(a), io);
    else files.push(a);
  }
  if (files.length !== 1) return usageError(files.length === 0 ? messages.noFiles : messages.oneFileFor('fill'), io);
  for (const [k, v] of set) values.set(k, v); // --set wins over --values
  return { file: files[0], values };
}

async function readValues(file: string, io: Io): Promise<Map<string, string> | number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return usageError(messages.fileNotFound(file), io);
    return usageError(messages.badValuesFile(file), io);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return usageError(messages.badValuesFile(file), io);
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(parsed)) {
    if (typeof v !== 'string' && typeof v !== 'number') return usageError(messages.badValuesFile(file), io);
    out.set(k, String(v));
  }
  return out;
}

const zh = translator('zh');
const en = translator('en');

export async function fillCommand(args: string[], io: Io): Promise<number> {
  const parsed = await parseFillArgs(args, io);
  if (typeof parsed === 'number') return parsed;
  const text = await readText(parsed.file, io);
  if (typeof text === 'number') return text;
  const fields = findFields(text);
  const unknown = [...parsed.values.keys()].filter((k) => fieldsWithKey(fields, k).length === 0);
  if (unknown.length > 0) {
    for (const k of unknown) io.err(errorLine(messages.unknownKey(k)));
    return EXIT_BAD_INPUT;
  }
  const edits: FieldEdit[] = [];
  let code = EXIT_CLEAN;
  for (const [key, value] of parsed.values) {
    const r = fillAll(fieldsWithKey(fields, key), value);
    if (r.ok) edits.push(...r.edits);
    else {
      const reason = { zh: translateLoose(zh, r.reason), en: translateLoose(en, r.reason) };
      io.err(errorLine(messages.valueDoesNotFit(key, value, reason, r.detail)));
      code = EXIT_LEFT;
    }
  }
  if (code !== EXIT_CLEAN) return code;
  io.out(applyEdits(text, edits));
  return EXIT_CLEAN;
}
