// Turns a file on disk into text: .docx through mammoth, text files by BOM, then strict UTF-8,
// then strict GB18030. Every failure is a DocumentError with a bilingual message.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Bilingual } from './messages';
import { messages } from './messages';

export class DocumentError extends Error {
  constructor(readonly bilingual: Bilingual) {
    super(bilingual.en);
  }
}

export interface ReadDocument {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'docx';
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export async function readDocument(file: string): Promise<ReadDocument> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new DocumentError(messages.notAFile(file));
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new DocumentError(messages.fileNotFound(file));
    throw new DocumentError(messages.unreadable(file, code ?? String(error)));
  }
  const extension = extname(file).toLowerCase();
  if (extension === '.docx' || startsWith(bytes, ZIP_MAGIC)) return { text: await docxText(file, bytes), encoding: 'docx' };
  if (extension === '.doc' || startsWith(bytes, OLE_MAGIC)) throw new DocumentError(messages.oldWord(file));
  const decoded = decodeText(bytes);
  if (decoded === null) throw new DocumentError(messages.undecodable(file));
  if (decoded.text.includes('\u0000')) throw new DocumentError(messages.binary(file));
  return decoded;
}

/** BOM first, then strict UTF-8, then strict GB18030; null when no decoding fits. A BOM stays in the text. */
export function decodeText(bytes: Uint8Array): ReadDocument | null {
  const strict = (encoding: string) => new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: strict('utf-8'), encoding: 'utf-8' };
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strict('utf-16le'), encoding: 'utf-16le' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strict('utf-16be'), encoding: 'utf-16be' };
  } catch {
    return null;
  }
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    try {
      return { text: strict(encoding), encoding };
    } catch {
      // try the next one
    }
  }
  return null;
}

async function docxText(file: string, bytes: Buffer): Promise<string> {
  try {
    const mammoth = await import('mammoth');
    const extract = mammoth.extractRawText ?? (mammoth as unknown as { default: typeof mammoth }).default.extractRawText;
    const { value } = await extract({ buffer: bytes });
    return value;
  } catch {
    throw new DocumentError(messages.corruptDocx(file));
  }
}
