// The shipped division list indexed by every form a table may name a unit in. Built once per join
// level (the 59 prefecture-level units, or the 221 counties) from the boundary properties, and once
// over every unit for placing rows without coordinates (src/import/divisions.ts).
import { englishKey, normaliseName, shortName } from './name-forms.ts';
import { OLD_NAMES } from './old-names.ts';

export interface Division {
  adcode: string;
  name_zh: string;
  name_en: string;
  /** adcode of the parent unit, or null */
  parent: string | null;
}

export interface DivisionIndex<D extends Division = Division> {
  /** the units a key may match, by adcode */
  units: ReadonlyMap<string, D>;
  /** units that may be named before a unit's own name (成都市武侯区), by adcode */
  parents: ReadonlyMap<string, D>;
  /** the full and short names each parent may be written with before a unit's name, by the parent's adcode */
  parentPrefixes: ReadonlyMap<string, readonly string[]>;
  byName: ReadonlyMap<string, string[]>;
  byShort: ReadonlyMap<string, string[]>;
  byEnglish: ReadonlyMap<string, string[]>;
  byOldName: ReadonlyMap<string, string[]>;
  /** old code → today's code */
  byOldCode: ReadonlyMap<string, string>;
  shortOf: ReadonlyMap<string, string | null>;
  /** the normalised Chinese and English names, by adcode (compared with a key that matches nothing) */
  fullOf: ReadonlyMap<string, string>;
  englishOf: ReadonlyMap<string, string>;
  /** the units of the index inside each unit, by the parent's adcode */
  children: ReadonlyMap<string, ReadonlySet<string>>;
}

function push(map: Map<string, string[]>, key: string | null, adcode: string): void {
  if (key === null || key === '') return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [adcode]);
  else if (!list.includes(adcode)) list.push(adcode);
}

/**
 * `units` are what rows join to; `parents` (optional) are the units above them, so
 * "乐山市市中区" or a separate prefecture column can tell apart two counties of the same name.
 */
export function buildDivisionIndex<D extends Division>(units: readonly D[], parents: readonly D[] = []): DivisionIndex<D> {
  const byName = new Map<string, string[]>();
  const byShort = new Map<string, string[]>();
  const byEnglish = new Map<string, string[]>();
  const byOldName = new Map<string, string[]>();
  const byOldCode = new Map<string, string>();
  const shortOf = new Map<string, string | null>();
  const fullOf = new Map<string, string>();
  const englishOf = new Map<string, string>();
  const children = new Map<string, Set<string>>();
  const unitMap = new Map<string, D>();
  for (const unit of units) {
    unitMap.set(unit.adcode, unit);
    const short = shortName(unit.name_zh);
    shortOf.set(unit.adcode, short);
    fullOf.set(unit.adcode, normaliseName(unit.name_zh));
    englishOf.set(unit.adcode, englishKey(unit.name_en));
    if (unit.parent !== null) children.set(unit.parent, (children.get(unit.parent) ?? new Set()).add(unit.adcode));
    push(byName, normaliseName(unit.name_zh), unit.adcode);
    push(byShort, short, unit.adcode);
    push(byEnglish, englishKey(unit.name_en), unit.adcode);
  }
  for (const old of OLD_NAMES) {
    if (!unitMap.has(old.current)) continue;
    push(byOldName, old.name, old.current);
    if (old.adcode !== null && !unitMap.has(old.adcode)) byOldCode.set(old.adcode, old.current);
  }
  const parentMap = new Map(parents.map((parent) => [parent.adcode, parent]));
  const parentPrefixes = new Map(parents.map((parent) => {
    const short = shortName(parent.name_zh);
    const full = normaliseName(parent.name_zh);
    return [parent.adcode, short === null || short === full ? [full] : [full, short]];
  }));
  return { units: unitMap, parents: parentMap, parentPrefixes, byName, byShort, byEnglish, byOldName, byOldCode, shortOf, fullOf, englishOf, children };
}
