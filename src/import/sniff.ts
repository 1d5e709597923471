// Looks at a file's first bytes to tell what it really is, whatever its name says, so a PNG
// renamed .geojson gets one sentence ("is a PNG image") instead of a JSON syntax error.
import { fileExtension } from './detect-format.ts';

export type FileKind = 'png' | 'jpeg' | 'gif' | 'pdf' | 'docx' | 'zip' | 'rar' | 'binary';
export type Sniffed =
  | { kind: 'text' }
  | { kind: 'xlsx' }
  | { kind: 'xls' }
  | { kind: 'numbers' }
  | { kind: 'other'; what: FileKind };

function startsWith(view: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => view[i] === byte);
}

/** How many of the first bytes are looked at for NULs and control characters. */
const TEXT_PROBE = 4096;

export function sniffBytes(name: string, bytes: ArrayBuffer | Uint8Array): Sniffed {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const extension = fileExtension(name);
  if (startsWith(view, [0x89, 0x50, 0x4e, 0x47])) return { kind: 'other', what: 'png' };
  if (startsWith(view, [0xff, 0xd8, 0xff])) return { kind: 'other', what: 'jpeg' };
  if (startsWith(view, [0x47, 0x49, 0x46, 0x38])) return { kind: 'other', what: 'gif' };
  if (startsWith(view, [0x25, 0x50, 0x44, 0x46])) return { kind: 'other', what: 'pdf' };
  if (startsWith(view, [0x52, 0x61, 0x72, 0x21]) || startsWith(view, [0x37, 0x7a, 0xbc, 0xaf])) return { kind: 'other', what: 'rar' };
  // Excel 97–2003 (and other old Office files) are OLE compound documents.
  if (startsWith(view, [0xd0, 0xcf, 0x11, 0xe0])) return extension === 'xls' || extension === 'et' ? { kind: 'xls' } : { kind: 'other', what: 'binary' };
  if (startsWith(view, [0x50, 0x4b, 0x03, 0x04])) {
    if (extension === 'numbers') return { kind: 'numbers' };
    const head = new TextDecoder('latin1').decode(view.subarray(0, Math.min(view.length, 64 * 1024)));
    // Every .xlsx names its workbook part in the archive; a Word file its document part.
    if (head.includes('xl/workbook.xml') || head.includes('xl/_rels') || extension === 'xlsx' || extension === 'xlsm') return { kind: 'xlsx' };
    if (head.includes('word/document.xml') || extension === 'docx') return { kind: 'other', what: 'docx' };
    return { kind: 'other', what: 'zip' };
  }
  if (extension === 'xls') return { kind: 'xls' };
  if (extension === 'numbers') return { kind: 'numbers' };
  if ((view[0] === 0xff && view[1] === 0xfe) || (view[0] === 0xfe && view[1] === 0xff)) return { kind: 'text' };
  const probe = view.subarray(0, Math.min(view.length, TEXT_PROBE));
  // UTF-16 and binaries have NULs; text in UTF-8 or GBK never does.
  if (probe.includes(0)) return { kind: 'other', what: 'binary' };
  return { kind: 'text' };
}
