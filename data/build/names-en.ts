// English names of administrative units, compiled by the project in data/names-en.csv
// (official English where one exists, else Hanyu Pinyin with the proper generic).
import Papa from 'papaparse';

/** adcode -> English name */
export type EnglishNames = ReadonlyMap<string, string>;

/** Parses names-en.csv text; throws naming the file and line for any malformed row. */
export function parseEnglishNames(csvText: string, fileLabel: string): EnglishNames {
  const parsed = Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: true });
  const problems: string[] = parsed.errors.map((e) => `${fileLabel}: row ${(e.row ?? 0) + 2}: ${e.message}`);
  for (const column of ['adcode', 'name_zh', 'name_en']) {
    if (!parsed.meta.fields?.includes(column)) problems.push(`${fileLabel}: column "${column}" is missing`);
  }
  const names = new Map<string, string>();
  parsed.data.forEach((row, i) => {
    const line = i + 2; // header is line 1
    const adcode = (row.adcode ?? '').trim();
    const nameEn = (row.name_en ?? '').trim();
    if (!/^\d{6}$/.test(adcode)) problems.push(`${fileLabel}: line ${line}: "adcode" must be 6 digits, got "${adcode}"`);
    else if (nameEn === '') problems.push(`${fileLabel}: line ${line} (adcode ${adcode}): "name_en" is empty`);
    else if (names.has(adcode)) problems.push(`${fileLabel}: line ${line}: adcode ${adcode} appears twice`);
    else names.set(adcode, nameEn);
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return names;
}

/** adcode -> Chinese name, from the same file (names units that a replacement file only references). */
export function parseChineseNames(csvText: string): Map<string, string> {
  const parsed = Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: true });
  const names = new Map<string, string>();
  for (const row of parsed.data) {
    const adcode = (row.adcode ?? '').trim();
    const nameZh = (row.name_zh ?? '').trim();
    if (adcode && nameZh) names.set(adcode, nameZh);
  }
  return names;
}

/** Adcodes among `adcodes` that have no English name. */
export function missingEnglishNames(names: EnglishNames, adcodes: Iterable<string>): string[] {
  const missing = new Set<string>();
  for (const adcode of adcodes) if (!names.has(adcode)) missing.add(adcode);
  return [...missing].sort();
}
