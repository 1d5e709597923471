// One export, start to finish: render the SVG, rasterise it for PNG, hand back the file. The
// font is fetched once per page and only for PNG (an SVG download keeps its text as text).
import { renderExportDocument, renderExportSvg } from '../export/render-svg';
import { resolvePreset } from '../export/presets';
import { embeddedFontFromWoff2, PDF_FONT_PATH, SHIPPED_FONT_PATH } from '../export/embedded-font';
import type { EmbeddedFont, ExportInput } from '../export/export-input';
import type { AtlasKind } from '../export/atlas-kinds';
import { buildExportInput, type ExportSnapshot, type ExportTexts } from './build-input';
import { exportFileName, MIME_TYPES, type ExportOptions } from './export-options';
import { rasteriseSvg } from './rasterise';
import { ExportFailure } from './export-failure';

export interface ExportFile {
  name: string;
  blob: Blob;
  /** the map frame's share of the map page's room between title and footer (absent for an atlas) */
  mapShare?: number;
}

let fontPromise: Promise<EmbeddedFont> | null = null;

async function fetchFont(): Promise<EmbeddedFont> {
  const response = await fetch(new URL(SHIPPED_FONT_PATH, document.baseURI).href);
  if (!response.ok) throw new Error(`${SHIPPED_FONT_PATH}: HTTP ${response.status}`);
  return embeddedFontFromWoff2(new Uint8Array(await response.arrayBuffer()));
}

/** The shipped font; a failure is not cached, so a later export tries again. */
export function loadEmbeddedFont(): Promise<EmbeddedFont> {
  fontPromise ??= fetchFont().catch((error: unknown) => {
    fontPromise = null;
    throw error;
  });
  return fontPromise;
}

let pdfFontPromise: Promise<Uint8Array> | null = null;

/** The PDF's font, fetched on the first PDF export; a failure is not cached. */
function loadPdfFont(): Promise<Uint8Array> {
  pdfFontPromise ??= fetch(new URL(PDF_FONT_PATH, document.baseURI).href)
    .then(async (response) => {
      if (!response.ok) throw new Error(`${PDF_FONT_PATH}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    })
    .catch((error: unknown) => {
      pdfFontPromise = null;
      throw error;
    });
  return pdfFontPromise;
}

export interface RunExportOptions {
  snapshot: ExportSnapshot;
  options: ExportOptions;
  texts: ExportTexts;
  signal: AbortSignal;
  /** called when the font cannot be embedded; the PNG is then drawn with system fonts */
  onFontMissing(reason: string): void;
}

export async function runExport({ snapshot, options, texts, signal, onFontMissing }: RunExportOptions): Promise<ExportFile> {
  const name = exportFileName(options);
  if (options.atlas && options.format === 'svg') throw new ExportFailure('atlas-not-svg');
  if (options.format === 'svg') {
    const { pages, mapShare } = renderExportDocument(buildExportInput(snapshot, options, texts), { continueKey: false });
    return { name, blob: new Blob([pages[0]!], { type: MIME_TYPES.svg }), mapShare };
  }
  if (options.format === 'pdf') {
    // pdf-lib and fontkit are a chunk of their own, fetched with the font on the first PDF
    const [{ renderPdf }, font] = await Promise.all([import('../export/pdf/render-pdf'), loadPdfFont()]);
    signal.throwIfAborted();
    const input = buildExportInput(snapshot, options, texts);
    const document = options.atlas ? { pages: await atlasSvgs(input, options.atlas), mapShare: undefined } : renderExportDocument(input, { continueKey: true });
    signal.throwIfAborted();
    const pdf = await renderPdf(document.pages, font, { title: input.title, date: input.date, lang: pdfLang(options.lang) });
    signal.throwIfAborted();
    return { name, blob: new Blob([pdf as Uint8Array<ArrayBuffer>], { type: MIME_TYPES.pdf }), mapShare: document.mapShare };
  }
  let font: EmbeddedFont | undefined;
  try {
    font = await loadEmbeddedFont();
  } catch (error) {
    onFontMissing(error instanceof Error ? error.message : String(error));
  }
  signal.throwIfAborted();
  if (options.atlas) return { name, blob: await atlasZip(buildExportInput(snapshot, options, texts, font), options.atlas, signal) };
  const { pages, mapShare } = renderExportDocument(buildExportInput(snapshot, options, texts, font), { continueKey: false });
  const size = resolvePreset(options.preset, options.dpi);
  const png = await rasteriseSvg(pages[0]!, size, signal);
  signal.throwIfAborted();
  return { name, blob: new Blob([png as Uint8Array<ArrayBuffer>], { type: MIME_TYPES.png }), mapShare };
}

/** The contents page, then one page per unit. */
async function atlasSvgs(input: ExportInput, kind: AtlasKind): Promise<string[]> {
  const { atlasPages, contentsSvg } = await import('../export/atlas');
  const pages = atlasPages(input, kind);
  return [contentsSvg(input, pages), ...pages.map(renderExportSvg)];
}

/**
 * An atlas as PNG pages in one .zip (a browser downloads one file): the contents page, then a page
 * per unit, each named by its number, adcode or id and English name, with its title inside the PNG.
 * The pages are drawn one after another, so only one large bitmap is in memory at a time; the PNGs
 * are stored, not compressed again.
 */
async function atlasZip(input: ExportInput, kind: AtlasKind, signal: AbortSignal): Promise<Blob> {
  const [{ atlasEntries, atlasFileNames, contentsSvg }, { zipSync }, { withTitle }] = await Promise.all([import('../export/atlas'), import('fflate'), import('../export/png-text')]);
  const entries = atlasEntries(input, kind);
  const pages = entries.map((entry) => entry.page);
  const names = atlasFileNames(entries, 'png');
  const size = resolvePreset(input.preset, input.dpi);
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  const svgs = [() => contentsSvg(input, pages), ...pages.map((page) => () => renderExportSvg(page))];
  const titles = [input.title, ...pages.map((page) => page.title)];
  for (const [i, svg] of svgs.entries()) {
    signal.throwIfAborted();
    const page = svg();
    const png = await rasteriseSvg(page, size, signal);
    files[names[i]!] = [withTitle(png, titles[i]!), { level: 0 }];
  }
  signal.throwIfAborted();
  return new Blob([zipSync(files) as Uint8Array<ArrayBuffer>], { type: MIME_TYPES.zip });
}

/** The document language a PDF reader announces (a bilingual page is mostly Chinese). */
export function pdfLang(lang: ExportOptions['lang']): string {
  return lang === 'en' ? 'en' : 'zh-CN';
}

/** The on-screen preview: the page's SVG and the map's share of it. */
export interface ExportPreview {
  svg: string;
  mapShare: number;
}

/**
 * The SVG for the on-screen preview, shown through <img>: no embedded font, so it stays light (system fonts draw the text).
 * @public used through the lazily loaded module's type in export-dialog.ts
 */
export function previewSvg(snapshot: ExportSnapshot, options: ExportOptions, texts: ExportTexts): ExportPreview {
  const { pages, mapShare } = renderExportDocument(buildExportInput(snapshot, options, texts), { continueKey: false });
  return { svg: pages[0]!, mapShare };
}
