// Timeline of projects per year with a brush to filter by a range of years. Brushing calls
// onYearRange([from, to]) snapped to whole years; clearing the brush calls onYearRange(null).
// Projects without a verified year are counted in a separate line under the axis, never dropped.
//
// Feed it counts from the set filtered by everything except the year filter; otherwise the axis
// would shrink to the brushed years. The axis also widens to include the current year filter.
import { axisBottom, axisLeft } from 'd3-axis';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { Lang } from '../types.ts';
import type { YearCount, YearCounts } from './aggregate.ts';
import { chartFrame, sizeSvg, updateTextAlternative } from './chart-frame.ts';
import { chartStrings, SUMMARIES } from '../i18n/domain-labels.ts';
import { createYearScale, snapPixelsToYears, yearDomain, yearsToPixels, type YearRange, type YearScale } from './year-scale.ts';

export interface YearTimelineOptions {
  lang: Lang;
  /** the current year filter, shown as the brush; null or absent for none */
  yearRange?: YearRange | null;
  onYearRange?: (range: YearRange | null) => void;
}

const HEIGHT = 130;
const MARGIN = { top: 8, right: 10, bottom: 24, left: 30 };

interface TimelineState {
  brush: BrushBehavior<unknown>;
  scale: YearScale | null;
  options: YearTimelineOptions;
}

const states = new WeakMap<SVGSVGElement, TimelineState>();

function createBrushState(): TimelineState {
  const state: TimelineState = { brush: brushX(), scale: null, options: { lang: 'zh' } };
  state.brush.on('end', function (event: D3BrushEvent<unknown>) {
    // programmatic moves (showing the filter, snapping) have no source event: not the user's choice
    if (!event.sourceEvent || state.scale === null) return;
    const selection = event.selection as [number, number] | null;
    if (selection === null) {
      state.options.onYearRange?.(null);
      return;
    }
    const range = snapPixelsToYears(selection, state.scale);
    // d3-brush hands the brushed <g> as `this`; show the snapped years, not the raw drag
    state.brush.move(select(this as SVGGElement), yearsToPixels(range, state.scale));
    state.options.onYearRange?.(range);
  });
  return state;
}

export function renderYearTimeline(container: HTMLElement, model: YearCounts, options: YearTimelineOptions): void {
  const { lang } = options;
  const strings = chartStrings(lang);
  const frame = chartFrame(container, 'chart--timeline');
  const svgNode = frame.svg.node() as SVGSVGElement;
  let state = states.get(svgNode);
  if (!state) {
    state = createBrushState();
    states.set(svgNode, state);
  }
  state.options = options;

  const range = options.yearRange ?? null;
  const domain = yearDomain(model.years.map((entry) => entry.year), range);
  // unknown years get their own line, visible to everyone, under the chart
  let note = frame.figure.select<HTMLParagraphElement>('p.chart__note');
  if (note.empty()) note = frame.figure.insert<HTMLParagraphElement>('p', 'p.chart__summary').attr('class', 'chart__note');
  note.text(`${strings.unknownYear}: ${model.unknown}`);

  const known = model.years.reduce((sum, entry) => sum + entry.count, 0);
  const span: YearRange | null = model.years.length > 0 ? [model.years[0]!.year, model.years[model.years.length - 1]!.year] : null;
  updateTextAlternative(frame, {
    title: strings.timelineTitle,
    summary: SUMMARIES.years(lang, known, model.unknown, span),
    tableCaption: strings.timelineTitle,
    columns: [strings.year, strings.count],
    rows: [
      ...model.years.filter((entry) => entry.count > 0).map((entry) => [String(entry.year), String(entry.count)]),
      [strings.unknownYear, String(model.unknown)],
    ],
  });

  if (domain === null) {
    state.scale = null;
    sizeSvg(frame, 0);
    frame.svg.selectAll('*').remove();
    return;
  }
  sizeSvg(frame, HEIGHT);
  const plotBottom = HEIGHT - MARGIN.bottom;
  const x = createYearScale(domain[0], domain[1], MARGIN.left, frame.width - MARGIN.right);
  state.scale = x;
  const y = scaleLinear()
    .domain([0, Math.max(1, ...model.years.map((entry) => entry.count))])
    .nice()
    .range([plotBottom, MARGIN.top]);

  const layer = (name: string) => {
    const existing = frame.svg.select<SVGGElement>(`g.${name}`);
    return existing.empty() ? frame.svg.append('g').attr('class', name) : existing;
  };
  const bars = layer('chart__bars');
  const xAxis = layer('chart__x-axis');
  const yAxis = layer('chart__y-axis');
  const brushLayer = layer('chart__brush'); // last, so the brush overlay is on top for the pointer

  const slot = Math.max(1, x(domain[0] + 1) - x(domain[0]));
  bars
    .selectAll<SVGRectElement, YearCount>('rect')
    .data(model.years, (entry) => String(entry.year))
    .join((enter) => {
      const rect = enter.append('rect');
      rect.append('title');
      return rect;
    })
    .attr('x', (entry) => x(entry.year) + slot * 0.1)
    .attr('width', slot * 0.8)
    .attr('y', (entry) => y(entry.count))
    .attr('height', (entry) => plotBottom - y(entry.count))
    .select('title')
    .text((entry) => `${entry.year}: ${entry.count}`);

  // label a readable number of years at the slot centres
  const years = Array.from({ length: domain[1] - domain[0] + 1 }, (_unused, index) => domain[0] + index);
  const every = Math.max(1, Math.ceil(years.length / Math.max(2, Math.floor(frame.width / 48))));
  const labelled = years.filter((year) => (year - domain[0]) % every === 0);
  xAxis
    .attr('transform', `translate(0,${plotBottom})`)
    .call(axisBottom(x).tickValues(labelled.map((year) => year + 0.5)).tickFormat((value) => String(Math.floor(Number(value)))));
  yAxis.attr('transform', `translate(${MARGIN.left},0)`).call(axisLeft(y).ticks(3).tickFormat((value) => String(value)));

  state.brush.extent([
    [MARGIN.left, MARGIN.top],
    [frame.width - MARGIN.right, plotBottom],
  ]);
  brushLayer.call(state.brush);
  const overlay = brushLayer.select('.overlay');
  if (overlay.select('title').empty()) overlay.append('title');
  overlay.select('title').text(strings.brushHint);
  // always re-place the brush: the scale may have changed even when the filter did not
  brushLayer.call(state.brush.move, range === null ? null : yearsToPixels(range, x));
}
