// One export, start to finish: render the SVG, rasterise it for PNG, hand back the file. The
// font is fetched once per page and only for PNG (an SVG download keeps its text as text).
import { renderExportSvg } from '../export/render-svg';
import { resolvePreset } from '../export/presets';
import { embeddedFontFromWoff2, SHIPPED_FONT_PATH } from '../export/embedded-font';
import type { EmbeddedFont } from '../export/export-input';
import { buildExportInput, type ExportSnapshot, type ExportTexts } from './build-input';
import { exportFileName, MIME_TYPES, type ExportOptions } from './export-options';
import { rasteriseSvg } from './rasterise';

export interface ExportFile {
  name: string;
  blob: Blob;
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
  if (options.format === 'svg') {
    const svg = renderExportSvg(buildExportInput(snapshot, options, texts));
    return { name, blob: new Blob([svg], { type: MIME_TYPES.svg }) };
  }
  let font: EmbeddedFont | undefined;
  try {
    font = await loadEmbeddedFont();
  } catch (error) {
    onFontMissing(error instanceof Error ? error.message : String(error));
  }
  signal.throwIfAborted();
  const svg = renderExportSvg(buildExportInput(snapshot, options, texts, font));
  const size = resolvePreset(options.preset, options.dpi);
  const png = await rasteriseSvg(svg, size, signal);
  signal.throwIfAborted();
  return { name, blob: new Blob([png as Uint8Array<ArrayBuffer>], { type: MIME_TYPES.png }) };
}

/** The SVG for the on-screen preview, shown through <img>: no embedded font, so it stays light (system fonts draw the text). */
export function previewSvg(snapshot: ExportSnapshot, options: ExportOptions, texts: ExportTexts): string {
  return renderExportSvg(buildExportInput(snapshot, options, texts));
}
