// The classification methods and class-count limits, apart from the statistics (choropleth.ts) so the
// panel and the URL codec can name them without loading simple-statistics.
export const CLASS_METHODS = ['quantile', 'equal', 'ckmeans', 'manual'] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 9;

/** Parses "10, 20; 50" into inner breaks; undefined when a part is not a number. */
export function parseManualBreaks(text: string): number[] | undefined {
  const parts = text.normalize('NFKC').split(/[,;，；\s]+/).filter((part) => part !== '');
  const numbers = parts.map(Number);
  return numbers.every(Number.isFinite) ? numbers : undefined;
}
