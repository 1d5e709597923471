// The accessible frame every chart shares: a visible title, an SVG announced as one image
// (role="img", labelled by the title and a one-sentence summary) and a visually hidden table with
// the same numbers for screen-reader users. Created once per container, updated on every render.
import { select, type Selection } from 'd3-selection';

export interface ChartFrame {
  figure: Selection<HTMLElement, unknown, null, undefined>;
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  /** width available for drawing, in CSS px */
  width: number;
}

export interface TextAlternative {
  title: string;
  /** one sentence summing the chart up, read after the title */
  summary: string;
  tableCaption: string;
  columns: string[];
  rows: string[][];
}

let nextId = 0;

/** Drawing width when the container has not been laid out yet (e.g. hidden in a closed panel). */
const FALLBACK_WIDTH = 320;

export function chartFrame(container: HTMLElement, className: string): ChartFrame {
  const root = select(container);
  let figure = root.select<HTMLElement>(`figure.${className}`);
  if (figure.empty()) {
    const id = `chart-${(nextId += 1)}`;
    figure = root.append('figure').attr('class', `chart ${className}`);
    figure.append('figcaption').attr('class', 'chart__title').attr('id', `${id}-title`);
    figure
      .append('svg')
      .attr('class', 'chart__svg')
      .attr('role', 'img')
      .attr('aria-labelledby', `${id}-title ${id}-summary`);
    figure.append('p').attr('class', 'visually-hidden chart__summary').attr('id', `${id}-summary`);
    // The clipped box, not the table, is hidden: a table ignores width: 1px and would keep its full
    // width, widening the side panel though nobody can see it.
    const table = figure.append('div').attr('class', 'visually-hidden').append('table').attr('class', 'chart__table');
    table.append('caption');
    table.append('thead').append('tr');
    table.append('tbody');
  }
  const svg = figure.select<SVGSVGElement>('svg');
  const width = Math.round(container.clientWidth) || FALLBACK_WIDTH;
  return { figure, svg, width };
}

/** Sizes the SVG to its drawing; the viewBox lets it scale down with the panel. */
export function sizeSvg(frame: ChartFrame, height: number): void {
  frame.svg.attr('viewBox', `0 0 ${frame.width} ${height}`).attr('width', '100%').attr('height', height);
}

export function updateTextAlternative(frame: ChartFrame, text: TextAlternative): void {
  const { figure } = frame;
  figure.select('.chart__title').text(text.title);
  figure.select('.chart__summary').text(text.summary);
  const table = figure.select('.chart__table');
  table.select('caption').text(text.tableCaption);
  table
    .select('thead tr')
    .selectAll('th')
    .data(text.columns)
    .join('th')
    .attr('scope', 'col')
    .text((column) => column);
  table
    .select('tbody')
    .selectAll('tr')
    .data(text.rows)
    .join('tr')
    .selectAll<HTMLTableCellElement, string>('td')
    .data((row) => row)
    .join('td')
    .text((cell) => cell);
}
