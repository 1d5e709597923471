import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { indexDivisions, matchPlace, type DivisionList, type PlaceQuery } from '../../src/import/divisions.ts';
import { placeMatcher } from '../../src/import/divisions.ts';

// The list the app ships (built by `npm run data` from data/geo).
const list = JSON.parse(readFileSync(new URL('../../public/data/divisions.json', import.meta.url), 'utf8')) as DivisionList;
const index = indexDivisions(list);

function placedAt(query: PlaceQuery): [string, string, string] | string {
  const match = matchPlace(index, query);
  return match.ok ? [match.unit.adcode, match.unit.name_zh, match.precision] : `unmatched: ${match.reason}`;
}

describe('matchPlace: rows without coordinates placed at the unit they name', () => {
  it('reads full, short and former names', () => {
    expect(placedAt({ county: '武侯区' })).toEqual(['510107', '武侯区', 'county']);
    expect(placedAt({ county: '渝北' })).toEqual(['500112', '渝北区', 'county']);
    expect(placedAt({ county: '武隆县' })).toEqual(['500156', '武隆区', 'county']);
    expect(placedAt({ county: '开县' })).toEqual(['500154', '开州区', 'county']);
    expect(placedAt({ county: '郫县' })).toEqual(['510117', '郫都区', 'county']);
    expect(placedAt({ county: '双流县' })).toEqual(['510116', '双流区', 'county']);
    expect(placedAt({ city: '绵阳' })).toEqual(['510700', '绵阳市', 'city']);
    expect(placedAt({ city: '阿坝州' })).toEqual(['513200', '阿坝藏族羌族自治州', 'city']);
  });

  it('leaves a zone that is not a division at the city that contains it', () => {
    expect(placedAt({ county: '成都市高新区' })).toEqual(['510100', '成都市', 'city']);
    expect(placedAt({ city: '成都市高新区' })).toEqual(['510100', '成都市', 'city']);
  });

  it('tells a city from a county of the same short name by the column it is in', () => {
    expect(placedAt({ city: '广安' })).toEqual(['511600', '广安市', 'city']);
    expect(placedAt({ county: '广安' })).toEqual(['511602', '广安区', 'county']);
    expect(placedAt({ city: '广安市', county: '前锋' })).toEqual(['511603', '前锋区', 'county']);
  });

  it('reads division codes, including 12-digit statistical codes and numbers', () => {
    expect(placedAt({ adcode: '510107' })).toEqual(['510107', '武侯区', 'county']);
    expect(placedAt({ adcode: '510107000000' })).toEqual(['510107', '武侯区', 'county']);
    expect(placedAt({ adcode: '510100', county: '' })).toEqual(['510100', '成都市', 'city']);
  });

  it('reads the units at the start of an address', () => {
    expect(placedAt({ address: '四川省成都市武侯区人民南路四段' })).toEqual(['510107', '武侯区', 'county']);
    expect(placedAt({ address: '重庆市渝北区金开大道' })).toEqual(['500112', '渝北区', 'county']);
  });

  it('names the nearest units for a typo, and says when only a province is given', () => {
    const typo = matchPlace(index, { county: '武候区' });
    expect(typo.ok).toBe(false);
    if (!typo.ok) {
      expect(typo.reason).toBe('unknown');
      expect(typo.candidates.map((u) => u.name_zh)).toContain('武侯区');
    }
    expect(placedAt({ province: '四川省' })).toBe('unmatched: province-only');
    expect(placedAt({})).toBe('unmatched: nothing');
  });
});

describe('matchPlace: rules first written for the choropleth join, now also placing’s', () => {
  it('reads a retired code as today’s unit (500232 → 武隆区), in the code column or a county column', () => {
    expect(placedAt({ adcode: '500232' })).toEqual(['500156', '武隆区', 'county']);
    expect(placedAt({ county: '500234' })).toEqual(['500154', '开州区', 'county']);
  });

  it('places a county written after its prefecture at the county, not the prefecture (the two 市中区)', () => {
    expect(placedAt({ county: '乐山市市中区' })).toEqual(['511102', '市中区', 'county']);
    expect(placedAt({ county: '内江市中区' })).toEqual(['511002', '市中区', 'county']);
    expect(placedAt({ address: '四川省乐山市市中区嘉定北路' })).toEqual(['511102', '市中区', 'county']);
  });

  it('reads English names with accents or without the level word', () => {
    expect(placedAt({ city: 'Garzê' })).toEqual(['513300', '甘孜藏族自治州', 'city']);
    expect(placedAt({ city: 'Garze Prefecture' })).toEqual(['513300', '甘孜藏族自治州', 'city']);
  });

  it('places a township’s statistical code at its county', () => {
    expect(placedAt({ adcode: '510107001' })).toEqual(['510107', '武侯区', 'county']);
    expect(placedAt({ adcode: '510107001001' })).toEqual(['510107', '武侯区', 'county']);
  });

  it('a name that fits two counties is not placed, and both are the first candidates', () => {
    const match = matchPlace(index, { county: '市中区' });
    expect(match.ok).toBe(false);
    if (!match.ok) expect(match.candidates.slice(0, 2).map((u) => u.adcode)).toEqual(['511002', '511102']);
  });
});

describe('placeMatcher: a table’s rows placed once per distinct place', () => {
  it('answers a repeated place as matchPlace does, from the first answer', () => {
    const match = placeMatcher(index);
    const first = match({ city: '成都市', county: '武侯区' });
    expect(first).toEqual(matchPlace(index, { city: '成都市', county: '武侯区' }));
    expect(match({ city: '成都市', county: '武侯区' })).toBe(first);
    // the same text in another column is another place
    expect(match({ county: '广安' })).toMatchObject({ ok: true, unit: { adcode: '511602' } });
    expect(match({ city: '广安' })).toMatchObject({ ok: true, unit: { adcode: '511600' } });
  });
});
