// Turns a file's bytes into text. Chinese spreadsheet programs (Excel, WPS) save CSV in GBK unless
// told otherwise, so a file that is not valid UTF-8 is read as GB18030, which is a superset of GBK.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export function decodeBytes(bytes: ArrayBuffer | Uint8Array): DecodedText {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  // Excel's "Unicode text" export is UTF-16 with a byte-order mark.
  if (view.length >= 2 && ((view[0] === 0xff && view[1] === 0xfe) || (view[0] === 0xfe && view[1] === 0xff))) {
    return { text: new TextDecoder(view[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(view), encoding: 'utf-16' };
  }
  const hasBom = view.length >= 3 && view[0] === UTF8_BOM[0] && view[1] === UTF8_BOM[1] && view[2] === UTF8_BOM[2];
  try {
    // ignoreBOM: false (the default) strips a leading BOM from the text.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(view);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(view), encoding: 'gb18030' };
  }
}
