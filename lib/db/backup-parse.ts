// Reads a backup or library pack chosen by the user. Hostile or broken files end in a clear
// zh/en message; nothing here touches the database.
import * as v from 'valibot';
import type { LocalizedText } from '../analysis/types';
import { backupSchema, type ParsedBackup } from './backup-schema';
import { LIMITS } from './limits';
import { clipText } from '../clip-text';
import { BACKUP_FORMAT, BACKUP_VERSION } from './types';

export type BackupErrorCode =
  | 'not-text'
  | 'too-large'
  | 'too-deep'
  | 'not-json'
  | 'forbidden-key'
  | 'wrong-format'
  | 'unsupported-version'
  | 'wrong-kind'
  | 'invalid';

export interface BackupError {
  code: BackupErrorCode;
  message: LocalizedText;
}

export type ParseResult = { ok: true; value: ParsedBackup } | { ok: false; error: BackupError };

/** 'full': restoring a backup; 'pack': importing a shared phrase/template pack; 'any': either. */
export type ExpectedKind = 'full' | 'pack' | 'any';

/** The deepest a valid file nests (root → settings → highlightColours → value). */
const MAX_DEPTH = 6;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function fail(code: BackupErrorCode, zh: string, en: string): ParseResult {
  return { ok: false, error: { code, message: { zh, en } } };
}

/** Nesting depth of JSON text without parsing it (strings skipped), so deep input cannot exhaust the stack. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

function findForbiddenKey(value: unknown, depth = 0): string | null {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findForbiddenKey(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const found = findForbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return null;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return clipText((issue.path ?? []).map((item) => clipText(String(item.key), 40)).join('.') || '(root)', 120);
}

function describeIssue(issue: v.BaseIssue<unknown>): { zh: string; en: string } {
  // The received value is quoted: a hostile file may make it megabytes long.
  const received = clipText(String(issue.received), 40);
  switch (issue.type) {
    case 'max_length':
      return { zh: `过长（上限 ${issue.requirement}）`, en: `too long (limit ${issue.requirement})` };
    case 'non_empty':
      return { zh: '不能为空', en: 'must not be empty' };
    case 'strict_object':
      return { zh: `含有未知字段 ${received}`, en: `has an unknown field ${received}` };
    case 'string':
      return { zh: '应为文字', en: 'must be text' };
    case 'number':
    case 'finite':
    case 'integer':
    case 'min_value':
      return { zh: '应为有效数字', en: 'must be a valid number' };
    case 'boolean':
      return { zh: '应为 true 或 false', en: 'must be true or false' };
    case 'array':
      return { zh: '应为列表', en: 'must be a list' };
    case 'picklist':
      return { zh: `取值无效（${received}）`, en: `has an invalid value (${received})` };
    default:
      return {
        zh: `格式不正确（应为 ${clipText(String(issue.expected ?? issue.type), 40)}）`,
        en: `is malformed (expected ${clipText(String(issue.expected ?? issue.type), 40)})`,
      };
  }
}

export function parseBackup(text: unknown, expect: ExpectedKind = 'full'): ParseResult {
  if (typeof text !== 'string') return fail('not-text', '备份文件不是文本文件。', 'The backup file is not a text file.');
  if (text.length > LIMITS.backupChars)
    return fail(
      'too-large',
      `备份文件过大（${text.length} 字符，上限 ${LIMITS.backupChars}）。`,
      `The backup file is too large (${text.length} characters, limit ${LIMITS.backupChars}).`,
    );
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (jsonDepth(source) > MAX_DEPTH)
    return fail(
      'too-deep',
      '备份文件嵌套层级过深，不是报告助手的备份。',
      'The backup file is nested too deeply; it is not a Report Assistant backup.',
    );
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return fail(
      'not-json',
      '无法读取备份文件：内容不是完整的 JSON（文件可能已损坏或被截断）。',
      'Cannot read the backup: it is not complete JSON (the file may be damaged or truncated).',
    );
  }
  const forbidden = findForbiddenKey(data);
  if (forbidden)
    return fail(
      'forbidden-key',
      `备份文件含有不允许的字段名“${clipText(forbidden, 40)}”，已拒绝导入。`,
      `The backup contains a forbidden key "${clipText(forbidden, 40)}" and was rejected.`,
    );
  const record = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  if (!record || record.format !== BACKUP_FORMAT)
    return fail('wrong-format', '这不是报告助手的备份文件。', 'This is not a Report Assistant backup file.');
  if (typeof record.version !== 'number')
    return fail('unsupported-version', '备份文件的版本号无效。', 'The backup file has an invalid version number.');
  if (record.version !== BACKUP_VERSION)
    return fail(
      'unsupported-version',
      `不支持的备份版本：${clipText(String(record.version), 20)}（支持版本 ${BACKUP_VERSION}）。`,
      `Unsupported backup version: ${clipText(String(record.version), 20)} (supported: ${BACKUP_VERSION}).`,
    );
  const kind = record.kind ?? 'full';
  if (expect === 'full' && kind !== 'full')
    return fail(
      'wrong-kind',
      '这是常用语/模板分享包，不是完整备份。请使用“导入分享包”。',
      'This is a phrase/template pack, not a full backup. Use "Import pack".',
    );
  if (expect === 'pack' && kind !== 'pack')
    return fail('wrong-kind', '这是完整备份，不是分享包。请使用“恢复备份”。', 'This is a full backup, not a pack. Use "Restore backup".');
  const result = v.safeParse(backupSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const why = describeIssue(issue);
    const where = issuePath(issue);
    return fail('invalid', `备份文件内容有误：${where} ${why.zh}。`, `The backup is invalid: ${where} ${why.en}.`);
  }
  if (result.output.kind === 'pack' && (result.output.settings || result.output.usage || result.output.categories?.length))
    return fail('invalid', '分享包只能包含常用语和模板。', 'A pack may contain only phrases and templates.');
  return { ok: true, value: result.output };
}
