// filter-10k: a filter change over 10,000 synthetic features until the repainted frame.
import { filterFigure } from '../pages/filter-bench';

export const figure = filterFigure('filter-10k', 10_000, 18, 6);
