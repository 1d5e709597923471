// The dialog's form controls: labelled inputs and selects built from the option lists. Only
// builds elements and reads their values; the dialog decides what happens on change.
import { PRESET_NAMES, resolvePreset, type PresetName } from '../export/presets';
import { ATLAS_KINDS, type AtlasKind } from '../export/atlas-kinds';
import type { ExportLang } from '../export/export-input';
import { translate } from '../i18n/translate';
import type { Lang } from '../types';
import { el } from '../ui/dom';
import { dpiChoices, EXPORT_FORMATS, EXPORT_LANGS, type ExportFormat, type ExportOptions } from './export-options';

export interface ExportForm {
  element: HTMLElement;
  title: HTMLInputElement;
  subtitle: HTMLInputElement;
  note: HTMLTextAreaElement;
  link: HTMLInputElement;
  lang: HTMLSelectElement;
  preset: HTMLSelectElement;
  dpi: HTMLSelectElement;
  format: HTMLSelectElement;
  atlas: HTMLSelectElement;
  read(): ExportOptions;
  /** re-lists the dpi choices for the chosen preset, keeping `dpi` selected */
  setDpiChoices(preset: PresetName, dpi: number): void;
}

function field(uiLang: Lang, key: Parameters<typeof translate>[1], control: HTMLElement, id: string): HTMLElement {
  control.id = id;
  const wrapper = el('div', { class: 'export-field' });
  wrapper.append(el('label', { for: id }, translate(uiLang, key)), control);
  return wrapper;
}

function option(value: string, text: string): HTMLOptionElement {
  return el('option', { value }, text);
}

function presetText(uiLang: Lang, preset: PresetName): string {
  const size = resolvePreset(preset);
  const name = translate(uiLang, `export.preset.${preset}`);
  return size.widthMm === null ? `${name} (${translate(uiLang, 'export.size', { width: size.widthPx, height: size.heightPx })})` : `${name} (${size.widthMm}×${size.heightMm} mm)`;
}

export function createExportForm(uiLang: Lang, initial: ExportOptions): ExportForm {
  const title = el('input', { type: 'text', 'data-testid': 'export-title', autocomplete: 'off' });
  const subtitle = el('input', { type: 'text', 'data-testid': 'export-subtitle', autocomplete: 'off' });
  const note = el('textarea', { 'data-testid': 'export-note', rows: '2' });
  const link = el('input', { type: 'url', 'data-testid': 'export-link', autocomplete: 'off' });
  const lang = el('select', { 'data-testid': 'export-lang' });
  lang.append(...EXPORT_LANGS.map((l) => option(l, translate(uiLang, `export.lang.${l}`))));
  const preset = el('select', { 'data-testid': 'export-preset' });
  preset.append(...PRESET_NAMES.map((p) => option(p, presetText(uiLang, p))));
  const dpi = el('select', { 'data-testid': 'export-dpi' });
  const format = el('select', { 'data-testid': 'export-format' });
  format.append(...EXPORT_FORMATS.map((f) => option(f, f.toUpperCase())));
  const atlas = el('select', { 'data-testid': 'export-atlas' });
  atlas.append(option('', translate(uiLang, 'export.atlas.none')), ...ATLAS_KINDS.map((kind) => option(kind, translate(uiLang, `export.atlas.${kind}`))));

  const element = el('div', { class: 'export-form' });
  element.append(
    field(uiLang, 'export.title', title, 'export-title'),
    field(uiLang, 'export.subtitle', subtitle, 'export-subtitle'),
    field(uiLang, 'export.note', note, 'export-note'),
    field(uiLang, 'export.link', link, 'export-link'),
    field(uiLang, 'export.lang', lang, 'export-lang'),
    field(uiLang, 'export.preset', preset, 'export-preset'),
    field(uiLang, 'export.dpi', dpi, 'export-dpi'),
    field(uiLang, 'export.format', format, 'export-format'),
    field(uiLang, 'export.atlas', atlas, 'export-atlas'),
  );

  const setDpiChoices = (chosen: PresetName, value: number) => {
    const choices = dpiChoices(chosen);
    dpi.replaceChildren(...choices.map((d) => option(String(d), translate(uiLang, 'export.dpiValue', { dpi: d }))));
    dpi.value = String(value);
    // a screen preset has one resolution: nothing to choose, but the value stays visible
    dpi.disabled = choices.length === 1;
  };
  lang.value = initial.lang;
  preset.value = initial.preset;
  format.value = initial.format;
  setDpiChoices(initial.preset, initial.dpi);

  return {
    element,
    title,
    subtitle,
    note,
    link,
    lang,
    preset,
    dpi,
    format,
    atlas,
    setDpiChoices,
    read: () => ({
      preset: preset.value as PresetName,
      dpi: Number(dpi.value),
      format: format.value as ExportFormat,
      lang: lang.value as ExportLang,
      ...((ATLAS_KINDS as readonly string[]).includes(atlas.value) ? { atlas: atlas.value as AtlasKind } : {}),
    }),
  };
}
