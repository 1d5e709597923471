// What the permalink says about a choropleth: which saved table, which column, how it is classed
// and coloured. The table itself stays in the browser (IndexedDB), like the planner's layers.
// URL form: ch=<table id>~<method>~<classes>~<palette>~<value column>; manual breaks as
// manual:10,20,50 in place of the method.
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from '../style/class-methods.ts';
import { isPaletteName, type PaletteName } from '../style/palette-names.ts';

export interface ChoroplethSpec {
  /** id of the saved table */
  table: string;
  /** the numeric column that colours the units */
  value: string;
  method: ClassMethod;
  classes: number;
  palette: PaletteName;
  /** inner breaks, for method 'manual' */
  breaks: number[];
}

const SEPARATOR = '~';

export function serializeChoropleth(spec: ChoroplethSpec | null): string | null {
  if (spec === null) return null;
  const method = spec.method === 'manual' ? `manual:${spec.breaks.join(',')}` : spec.method;
  return [spec.table, method, String(spec.classes), spec.palette, spec.value].join(SEPARATOR);
}

export function parseChoropleth(raw: string): ChoroplethSpec | undefined {
  const parts = raw.split(SEPARATOR);
  if (parts.length < 5) return undefined;
  const [table = '', methodText = '', classesText = '', palette = ''] = parts;
  // A column name may itself contain the separator: everything after the fourth is the column.
  const value = parts.slice(4).join(SEPARATOR);
  if (!/^[\w-]{1,80}$/.test(table) || value === '' || !isPaletteName(palette)) return undefined;
  const classes = Number(classesText);
  if (!Number.isInteger(classes) || classes < MIN_CLASSES || classes > MAX_CLASSES) return undefined;
  let method: ClassMethod;
  let breaks: number[] = [];
  if (methodText.startsWith('manual:')) {
    method = 'manual';
    breaks = methodText.slice('manual:'.length).split(',').filter((part) => part !== '').map(Number);
    if (breaks.length === 0 || !breaks.every(Number.isFinite)) return undefined;
  } else if ((CLASS_METHODS as readonly string[]).includes(methodText) && methodText !== 'manual') {
    method = methodText as ClassMethod;
  } else return undefined;
  return { table, value, method, classes, palette, breaks };
}
