// What the user picks in the Export dialog, and the pure rules around it: which dpi a preset
// allows, the download's file name, the default title and subtitle.
import { PAPER_DPIS, PRESET_NAMES, SCREEN_DPI, resolvePreset, type PresetName } from '../export/presets';
import type { ExportLang } from '../export/export-input';
import type { AtlasKind } from '../export/atlas-kinds';

export const EXPORT_FORMATS = ['png', 'svg', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_LANGS: readonly ExportLang[] = ['zh', 'en', 'both'];

export interface ExportOptions {
  preset: PresetName;
  dpi: number;
  format: ExportFormat;
  lang: ExportLang;
  /** one page per unit (a PDF, or PNG pages in a .zip); absent: a single page */
  atlas?: AtlasKind;
}

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

/** The dpi values a preset offers: 150/300 for paper, the fixed screen dpi otherwise. */
export function dpiChoices(preset: PresetName): readonly number[] {
  return resolvePreset(preset).widthMm === null ? [SCREEN_DPI] : PAPER_DPIS;
}

/** Keeps the chosen dpi when the new preset offers it, else the preset's default (300 for paper). */
export function dpiForPreset(preset: PresetName, wanted: number): number {
  const choices = dpiChoices(preset);
  return choices.includes(wanted) ? wanted : resolvePreset(preset).dpi;
}

/** chengyu-map-a4-landscape-300dpi.png; screen presets and vector PDFs carry no dpi: chengyu-map-slide-16x9.svg, chengyu-map-a4-portrait.pdf */
export function exportFileName(options: Pick<ExportOptions, 'preset' | 'dpi' | 'format' | 'atlas'>): string {
  const withDpi = resolvePreset(options.preset).widthMm !== null && options.format !== 'pdf';
  // an atlas of PNG pages is one .zip of them
  const extension = options.atlas && options.format === 'png' ? 'zip' : options.format;
  return `chengyu-map-${options.preset}${withDpi ? `-${options.dpi}dpi` : ''}${options.atlas ? `-atlas-${options.atlas}` : ''}.${extension}`;
}

export const MIME_TYPES: Record<ExportFormat | 'zip', string> = { png: 'image/png', svg: 'image/svg+xml', pdf: 'application/pdf', zip: 'application/zip' };

/** Today as YYYY-MM-DD in the user's own calendar day. */
export function isoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
