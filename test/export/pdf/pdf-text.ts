// Reads a PDF back the way a reader's viewer does (pdf.js): the text of each page and its size in mm.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPageText {
  text: string;
  widthMm: number;
  heightMm: number;
  links: string[];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPageText[]> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPageText[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('\n');
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const annotations = (await page.getAnnotations()) as { subtype?: string; url?: string }[];
    pages.push({ text, widthMm: ((x1 - x0) * 25.4) / 72, heightMm: ((y1 - y0) * 25.4) / 72, links: annotations.filter((a) => a.subtype === 'Link' && a.url).map((a) => a.url!) });
  }
  await doc.destroy();
  return pages;
}

/** The fill colours (#rrggbb) each page sets, in drawing order, as pdf.js reads them. */
export async function pdfFillColours(bytes: Uint8Array): Promise<string[][]> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const list = await (await doc.getPage(i)).getOperatorList();
    // pdf.js hands the colour over as a '#rrggbb' string or as three 0–255 numbers, by version
    const hex = (args: unknown[]) => (typeof args[0] === 'string' ? args[0].toLowerCase() : `#${args.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`);
    pages.push(list.fnArray.flatMap((fn, k) => (fn === OPS.setFillRGBColor ? [hex(Array.from(list.argsArray[k] as ArrayLike<unknown>))] : [])));
  }
  await doc.destroy();
  return pages;
}
