// place-by-name-20k: a planner's table of 20,000 rows without coordinates, each naming its city and
// county (full and short names, old names, the prefecture written before the county, typos), placed at
// the units they name. Measured: placeMatcher(), as the import worker places a table's rows (the
// matcher asked once per distinct place). Baseline: matchPlace() for every row. Both must place every
// row alike. The rows are the table's cells as tableToRecords reads them.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { indexDivisions, matchPlace, placeMatcher, type DivisionIndex, type DivisionList, type PlaceMatch, type PlaceQuery } from '../../src/import/divisions';
import type { TimedFigure } from '../figure';
import { seededRandom } from '../synthetic';

const LIST = fileURLToPath(new URL('../../public/data/divisions.json', import.meta.url));
const ROWS = 20_000;

interface Context {
  index: DivisionIndex;
  queries: PlaceQuery[];
}

const placed = (match: PlaceMatch, i: number) => `${i}:${match.ok ? match.unit.adcode : '-'}`;

/** The ways planners write one county: as listed, short, after its prefecture, with a typo. */
function countyTexts(index: DivisionIndex): [string, string][] {
  const texts: [string, string][] = [];
  for (const unit of index.units.values()) {
    if (unit.level !== 'district' && unit.level !== 'county' && unit.level !== 'city') continue;
    const city = unit.parent === null ? '' : (index.units.get(unit.parent)?.name_zh ?? '');
    const name = unit.name_zh;
    texts.push([city, name], [city, name.slice(0, -1)], ['', `${city}${name}`], [city, `${name.slice(0, -2)}去`]);
  }
  texts.push(['重庆市', '武隆县'], ['重庆市', '开县'], ['成都市', '成都市高新区'], ['', '火星区'], ['四川省', '']);
  return texts;
}

export const figure: TimedFigure<Context, string[]> = {
  kind: 'time',
  id: 'place-by-name-20k',
  title: '20k rows without coordinates placed by city and county name',
  runs: 9,
  baselineRuns: 3,
  setup: () => {
    if (!existsSync(LIST)) throw new Error('public/data/divisions.json is missing: run `npm run data` first');
    const index = indexDivisions(JSON.parse(readFileSync(LIST, 'utf8')) as DivisionList);
    const texts = countyTexts(index);
    const random = seededRandom(20251205);
    const queries = Array.from({ length: ROWS }, (): PlaceQuery => {
      const [city, county] = texts[Math.floor(random() * texts.length)] ?? ['', ''];
      return { ...(city ? { city } : {}), ...(county ? { county } : {}) };
    });
    return { index, queries };
  },
  measured: ({ index, queries }) => {
    const match = placeMatcher(index);
    return queries.map((query, i) => placed(match(query), i));
  },
  baseline: ({ index, queries }) => queries.map((query, i) => placed(matchPlace(index, query), i)),
  check: (measured, baseline) => {
    if (measured.length !== baseline.length || measured.some((row, i) => row !== baseline[i])) {
      const first = measured.findIndex((row, i) => row !== baseline[i]);
      throw new Error(`variants disagree at ${measured[first] ?? '(none)'} vs ${baseline[first] ?? '(none)'}`);
    }
  },
};
