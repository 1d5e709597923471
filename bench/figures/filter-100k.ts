// filter-100k: a filter change over 100,000 synthetic features until the repainted frame.
import { filterFigure } from '../pages/filter-bench';

export const figure = filterFigure('filter-100k', 100_000, 18, 4);
