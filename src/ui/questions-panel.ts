// The controls of the spatial questions: corridors and distance (catchment), an area to query
// (unit, zone, or drawn), measurements, and one button clearing them all. Every control writes
// the question into the state; the panel re-reads the state on each change, so Back, reload and
// permalinks show the same controls.
import type { Lang, ProjectFeature } from '../types';
import type { Store } from '../state/store';
import type { UnitFeature } from '../data/load-boundaries';
import type { DrawMode, DrawResult } from '../map/draw-tool';
import { translate } from '../i18n/translate';
import { el } from './dom';
import { formatAreaSpec, parseAreaSpec } from '../questions/question-text';
import { hasQuestion, MAX_DISTANCE_KM, MIN_DISTANCE_KM, NO_QUESTION, roundPosition, type QuestionState } from '../questions/question-types';
import { parseDistance } from '../state/question-codecs';
import { buildMeasureGroup, button } from './question-measure-controls';
import type { Teardown } from './teardown';

export interface QuestionsPanelOptions {
  store: Store;
  features: readonly ProjectFeature[];
  prefectures: readonly UnitFeature[];
  startDrawing(mode: DrawMode, onDone: (result: DrawResult) => void): void;
  cancelDrawing(): void;
}

export interface QuestionsPanel {
  element: HTMLElement;
  /** where the answer is written (by question-results.ts) */
  results: HTMLElement;
  setDrawing(mode: DrawMode | null): void;
  teardown: Teardown;
}

const name = (p: { name_zh: string; name_en: string }, lang: Lang) => (lang === 'zh' ? p.name_zh : p.name_en);

function spareLabel(area: QuestionState['area'], lang: Lang): string {
  if (area?.kind === 'polygon') return translate(lang, 'q.drawnPolygon');
  if (area?.kind === 'unit') return translate(lang, 'q.areaUnit', { code: area.adcode });
  if (area?.kind === 'feature') return area.id;
  return translate(lang, 'q.drawnRect');
}

export function mountQuestionsPanel(parent: HTMLElement, options: QuestionsPanelOptions): QuestionsPanel {
  const { store } = options;
  const corridors = options.features.filter((f) => f.properties.category === 'corridor' && f.geometry.type === 'LineString');
  const zones = options.features.filter((f) => f.properties.has_extent);
  const element = el('section', { class: 'panel questions-panel', 'data-testid': 'questions-panel' });
  const body = el('div', { class: 'questions-body' });
  const results = el('div', { class: 'question-results', 'data-testid': 'q-results', 'aria-live': 'polite' });
  const drawStatus = el('p', { class: 'draw-status', 'data-testid': 'draw-status', 'aria-live': 'polite' });
  element.append(body, drawStatus, results);
  parent.append(element);
  let drawing: DrawMode | null = null;
  let builtFor: Lang | null = null;
  const patch = (change: Partial<QuestionState>) => store.dispatch((state) => ({ question: { ...state.question, ...change } }));

  const onDrawn = (result: DrawResult) => {
    if (result.mode === 'rectangle') patch({ area: { kind: 'rect', bounds: result.bounds.map((v) => roundPosition([v, 0])[0]) as [number, number, number, number] } });
    else if (result.mode === 'polygon') patch({ area: { kind: 'polygon', ring: result.positions.map(roundPosition) } });
  };

  let controls: {
    boxes: HTMLInputElement[];
    range: HTMLInputElement;
    reach: HTMLInputElement[];
    number: HTMLInputElement;
    area: HTMLSelectElement;
    drawnOption: HTMLOptionElement;
    from: HTMLSelectElement;
    to: HTMLSelectElement;
    clear: HTMLButtonElement;
  } | null = null;

  function build(lang: Lang): void {
    const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
    const heading = el('h2', {}, t('q.title'));
    // Catchment
    const catchment = el('fieldset', { class: 'question-group' });
    catchment.append(el('legend', {}, t('q.catchment')));
    const list = el('div', { class: 'corridor-list', role: 'group', 'aria-label': t('q.corridors') });
    const boxes = corridors.map((corridor) => {
      const box = el('input', { type: 'checkbox', value: corridor.id, 'data-testid': 'q-corridor' });
      box.addEventListener('change', () => {
        const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
        patch({ corridors: chosen });
      });
      const label = el('label', { class: 'corridor-option' });
      label.append(box, el('span', {}, name(corridor.properties, lang)));
      list.append(label);
      return box;
    });
    const range = el('input', { type: 'range', min: String(MIN_DISTANCE_KM), max: String(MAX_DISTANCE_KM), step: '1', 'data-testid': 'q-distance-range', 'aria-label': t('q.distance') });
    const number = el('input', { type: 'number', min: String(MIN_DISTANCE_KM), max: String(MAX_DISTANCE_KM), step: '1', 'data-testid': 'q-distance' });
    const distanceError = el('p', { class: 'question-error', role: 'alert', 'data-testid': 'q-distance-error' });
    const onDistance = (input: HTMLInputElement) => () => {
      const km = parseDistance(input.value.trim());
      // a wrong value is named and kept in the box for correcting; the question keeps its distance
      distanceError.textContent = km === undefined ? translate(lang, 'q.distanceInvalid', { value: input.value }) : '';
      if (km === undefined) input.setAttribute('aria-invalid', 'true');
      else {
        number.removeAttribute('aria-invalid');
        patch({ distanceKm: km });
      }
    };
    range.addEventListener('change', onDistance(range));
    number.addEventListener('change', onDistance(number));
    const distance = el('label', { class: 'question-field' }, t('q.distance'));
    distance.append(range, number);
    // when lines and areas count: two radio buttons, the default (touch) first
    const reachGroup = el('fieldset', { class: 'question-reach', 'data-testid': 'q-reach' });
    reachGroup.append(el('legend', {}, t('q.reach')));
    const reach = (['touch', 'anchor'] as const).map((value) => {
      const radio = el('input', { type: 'radio', name: 'q-reach', value, 'data-testid': `q-reach-${value}` });
      radio.addEventListener('change', () => {
        if (radio.checked) patch({ reach: value });
      });
      const label = el('label', { class: 'question-reach__option' });
      label.append(radio, el('span', {}, t(value === 'touch' ? 'q.reachTouch' : 'q.reachAnchor')));
      reachGroup.append(label);
      return radio;
    });
    reachGroup.append(el('p', { class: 'question-reach__note' }, t('q.reachNote')));
    catchment.append(list, distance, distanceError, reachGroup);
    // Area
    const areaGroup = el('fieldset', { class: 'question-group' });
    areaGroup.append(el('legend', {}, t('q.area')));
    const area = el('select', { 'data-testid': 'q-area-select' });
    area.append(el('option', { value: '' }, t('q.areaNone')));
    const units = el('optgroup', { label: t('q.areaPrefectures') });
    for (const unit of [...options.prefectures].sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode))) {
      units.append(el('option', { value: `u:${unit.properties.adcode}` }, name(unit.properties, lang)));
    }
    const zoneGroup = el('optgroup', { label: t('q.areaZones') });
    for (const zone of zones) zoneGroup.append(el('option', { value: `f:${zone.id}` }, name(zone.properties, lang)));
    const drawnOption = el('option', { value: 'drawn', disabled: '' });
    area.append(drawnOption, zoneGroup, units);
    area.addEventListener('change', () => patch({ area: area.value === '' ? null : parseAreaSpec(area.value) ?? null }));
    const areaLabel = el('label', { class: 'question-field' }, t('q.areaChoose'));
    areaLabel.append(area);
    const useSelected = button(t('q.useSelected'), 'q-use-selected', () => {
      const selection = store.getState().selection;
      if (selection?.kind === 'unit') patch({ area: { kind: 'unit', adcode: selection.adcode } });
      else if (selection?.kind === 'feature' && zones.some((z) => z.id === selection.id)) patch({ area: { kind: 'feature', id: selection.id } });
    });
    const draw = el('div', { class: 'question-buttons' });
    draw.append(
      button(t('q.drawRect'), 'q-draw-rect', () => options.startDrawing('rectangle', onDrawn)),
      button(t('q.drawPolygon'), 'q-draw-polygon', () => options.startDrawing('polygon', onDrawn)),
    );
    areaGroup.append(areaLabel, useSelected, draw);
    // Measure
    const { group: measure, from, to } = buildMeasureGroup(lang, options.features, {
      startDrawing: options.startDrawing,
      onMeasure: (measureSpec) => patch({ measure: measureSpec }),
    });
    const clear = button(t('q.clear'), 'q-clear', () => {
      options.cancelDrawing();
      store.dispatch({ question: NO_QUESTION });
    });
    body.replaceChildren(heading, catchment, areaGroup, measure, clear);
    controls = { boxes, range, reach, number, area, drawnOption, from, to, clear };
  }

  function update(): void {
    const { lang, question } = store.getState();
    if (builtFor !== lang) {
      build(lang);
      builtFor = lang;
    }
    if (!controls) return;
    const chosen = new Set(question.corridors);
    for (const box of controls.boxes) box.checked = chosen.has(box.value);
    if (document.activeElement !== controls.number && controls.number.getAttribute('aria-invalid') !== 'true') controls.number.value = String(question.distanceKm);
    controls.range.value = String(question.distanceKm);
    for (const radio of controls.reach) radio.checked = radio.value === question.reach;
    // an area without an option of its own (drawn, or a county chosen on the map) shows in the spare option
    const listed = question.area !== null && [...controls.area.options].some((o) => o.value === formatAreaSpec(question.area as NonNullable<typeof question.area>));
    const spare = question.area !== null && !listed;
    controls.drawnOption.textContent = spareLabel(question.area, lang);
    controls.drawnOption.hidden = !spare;
    controls.area.value = question.area === null ? '' : spare ? 'drawn' : formatAreaSpec(question.area);
    const pair = question.measure?.kind === 'features' ? question.measure : null;
    controls.from.value = pair?.from ?? (controls.from.value && !question.measure ? controls.from.value : '');
    controls.to.value = pair?.to ?? (controls.to.value && !question.measure ? controls.to.value : '');
    controls.clear.disabled = !hasQuestion(question) && drawing === null;
  }

  function setDrawing(mode: DrawMode | null): void {
    drawing = mode;
    const lang = store.getState().lang;
    drawStatus.replaceChildren();
    if (mode) {
      drawStatus.append(el('span', {}, translate(lang, mode === 'rectangle' ? 'q.rectHint' : 'q.drawHint')));
      drawStatus.append(button(translate(lang, 'q.cancelDraw'), 'q-cancel-draw', options.cancelDrawing));
    }
    update();
  }

  update();
  const unsubscribe = store.subscribe(update);
  const teardown = () => {
    unsubscribe();
    element.remove();
  };
  return { element, results, setDrawing, teardown };
}
