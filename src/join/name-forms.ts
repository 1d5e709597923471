// The forms a planner writes a division's name in: full (成都市), short (成都), with full-width
// characters or stray spaces. Pure; used both for the shipped division list and for a table's keys.

/** Ethnic groups named in the autonomous prefectures and counties of Sichuan and Chongqing. */
const ETHNIC_GROUPS = ['土家族', '苗族', '藏族', '羌族', '彝族', '回族', '蒙古族', '傈僳族', '纳西族'];
const AUTONOMOUS = new RegExp(`(?:${ETHNIC_GROUPS.join('|')})+自治[州县]$`);
/** The level suffixes, longest first so 自治县 is not read as 县. */
const LEVEL_SUFFIXES = ['自治州', '自治县', '地区', '新区', '市', '区', '县', '州'];
const PROVINCE_PREFIXES = ['四川省', '重庆市', '四川', '重庆'];

/** NFKC folds full-width letters and digits (ＡＢ１２ → AB12); every kind of space is dropped. */
export function normaliseName(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}

/**
 * The short form people write without the level: 成都市 → 成都, 阿坝藏族羌族自治州 → 阿坝,
 * 武隆区 → 武隆. One-character stems (泸县 → 泸, 东区 → 东) are not short names: too easily confused,
 * so the result is null for them.
 */
export function shortName(name: string): string | null {
  const normal = normaliseName(name);
  const withoutGroups = normal.replace(AUTONOMOUS, '');
  if (withoutGroups !== normal) return withoutGroups.length >= 2 ? withoutGroups : null;
  for (const suffix of LEVEL_SUFFIXES) {
    if (normal.endsWith(suffix)) {
      const stem = normal.slice(0, -suffix.length);
      return stem.length >= 2 ? stem : null;
    }
  }
  return normal.length >= 2 ? normal : null;
}

/**
 * A division code as tables write it: six digits, or the 9- and 12-digit statistical codes that begin
 * with a county's code. `exact` when the code is the unit's own (510107, 510107000000); a township's
 * or village's code (510107001, 510107001001) lies inside the unit. A trailing ".0" (a number saved by
 * a spreadsheet) and full-width digits are read too.
 */
export function divisionCode(text: string): { code: string; exact: boolean } | undefined {
  const digits = normaliseName(text).replace(/\.0+$/, '');
  if (!/^\d{6}(?:\d{3}|\d{6})?$/.test(digits)) return undefined;
  return { code: digits.slice(0, 6), exact: /^0*$/.test(digits.slice(6)) };
}

/** 四川省成都市 → 成都市; a name that is only the province (重庆市) is kept. */
export function withoutProvince(name: string): string {
  for (const prefix of PROVINCE_PREFIXES) {
    if (name.startsWith(prefix) && !['', '市', '省'].includes(name.slice(prefix.length))) return name.slice(prefix.length);
  }
  return name;
}

/** English names compared without case, spaces, hyphens or a level word: "Wulong District" = "wulong". */
export function englishKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(district|county|city|prefecture|municipality|autonomous|and|tujia|miao|tibetan|qiang|yi|hui)\b/g, '')
    .replace(/[^a-z0-9]/g, '');
}
