import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingEnglishNames, parseEnglishNames } from '../../data/build/names-en.ts';

const repo = join(import.meta.dirname, '..', '..');
const csv = readFileSync(join(repo, 'data', 'names-en.csv'), 'utf8');
const names = parseEnglishNames(csv, 'names-en.csv');
const zhByAdcode = new Map(csv.trim().split('\n').slice(1).map((line) => [line.split(',')[0], line.split(',')[1]]));

const units: { adcode: string; name: string; level?: string }[] = [
  'sc-cq-provinces', 'sc-cq-prefectures', 'sc-cq-counties', 'neighbours',
].flatMap((file) => JSON.parse(readFileSync(join(repo, 'data', 'geo', `${file}.geojson`), 'utf8')).features.map((f: { properties: unknown }) => f.properties));

describe('data/names-en.csv', () => {
  it('has an English name for every unit in data/geo, keyed by adcode with the same Chinese name', () => {
    expect(units.length).toBe(2 + 59 + 221 + 8);
    expect(missingEnglishNames(names, units.map((u) => u.adcode))).toEqual([]);
    for (const u of units) expect(`${u.adcode} ${zhByAdcode.get(u.adcode)}`).toBe(`${u.adcode} ${u.name}`);
  });

  it('uses official English names and pinyin with the proper generic', () => {
    const expected: Record<string, string> = {
      '510000': 'Sichuan Province', '500000': 'Chongqing Municipality', '540000': 'Tibet Autonomous Region',
      '510100': 'Chengdu', '511600': "Guang'an", '511800': "Ya'an",
      '513300': 'Garzê Tibetan Autonomous Prefecture', '513200': 'Ngawa Tibetan and Qiang Autonomous Prefecture',
      '500240': 'Shizhu Tujia Autonomous County', '500103': 'Yuzhong District', '510185': 'Jianyang City',
      '511132': 'Ebian Yi Autonomous County', '511526': 'Gong County', '500110': 'Qijiang District',
      '510117': 'Pidu District', '511123': 'Qianwei County', '511527': 'Junlian County', '511822': 'Yingjing County',
      '513434': 'Yuexi County', '511381': 'Langzhong City', '510183': 'Qionglai City', '500114': 'Qianjiang District',
    };
    for (const [adcode, nameEn] of Object.entries(expected)) expect(`${adcode} ${names.get(adcode)}`).toBe(`${adcode} ${nameEn}`);
  });

  it('ends each county-level name with the generic its Chinese name carries', () => {
    for (const u of units) {
      const en = names.get(u.adcode) ?? '';
      if (u.name.endsWith('自治县')) expect(en).toMatch(/ Autonomous County$/);
      else if (u.name.endsWith('县')) expect(en).toMatch(/ County$/);
      else if (u.name.endsWith('区') && u.level !== 'province') expect(en).toMatch(/ District$/);
      else if (u.level === 'city') expect(en).toMatch(/ City$/);
    }
  });
});

describe('parseEnglishNames', () => {
  it('names the file, line and adcode of every bad row', () => {
    const bad = 'adcode,name_zh,name_en\n510100,成都市,Chengdu\n5101,x,X\n510300,自贡市,\n510100,成都市,Chengdu\n';
    expect(() => parseEnglishNames(bad, 'names.csv')).toThrow(
      [
        'names.csv: line 3: "adcode" must be 6 digits, got "5101"',
        'names.csv: line 4 (adcode 510300): "name_en" is empty',
        'names.csv: line 5: adcode 510100 appears twice',
      ].join('\n'),
    );
  });
});
