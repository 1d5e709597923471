// Which text encoding a shapefile's .dbf uses. Chinese shapefiles from ArcGIS, SuperMap or QGIS are
// very often GBK with no .cpg beside them; read as UTF-8 their names would come out garbled.

/** dBASE "language driver" ids (byte 29 of the header) that mean Chinese GBK (code page 936). */
const GBK_DRIVERS = new Set([0x4d, 0x7a]);

/** A .cpg's content as a TextDecoder label: `936`, `ANSI 936`, `CP936` → `gbk`; others as written. */
export function cpgLabel(cpg: string): string {
  const text = cpg.trim();
  const codePage = /^(?:ansi\s*|cp|windows-)?(\d+)$/i.exec(text)?.[1];
  if (codePage === '936') return 'gbk';
  if (codePage === '65001') return 'utf-8';
  if (codePage !== undefined) return `windows-${codePage}`;
  return text.toLowerCase();
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The label to read the .dbf with: its .cpg when there is one, else its header, else by its bytes. */
export function dbfEncoding(dbf: Uint8Array, cpg: string | undefined): string {
  if (cpg !== undefined && cpg.trim() !== '') {
    const label = cpgLabel(cpg);
    try {
      new TextDecoder(label);
      return label;
    } catch {
      // an unknown label: fall through and judge by the bytes
    }
  }
  if (dbf.length > 29 && GBK_DRIVERS.has(dbf[29] ?? 0)) return 'gbk';
  return isUtf8(dbf) ? 'utf-8' : 'gbk';
}
