import { describe, expect, it } from 'vitest';
import { createEntry, groupHits, matchesQuery, normalizeQuery, search, type SearchEntry } from '../../src/search/search-index';

const feature = (id: string, name_zh: string, name_en: string) => createEntry({ kind: 'feature', id }, { name_zh, name_en });
const unit = (adcode: string, name_zh: string, name_en: string) => createEntry({ kind: 'unit', adcode }, { name_zh, name_en });

const entries: SearchEntry[] = [
  feature('htz-chengdu', '成都高新技术产业开发区', 'Chengdu Hi-tech Industrial Development Zone'),
  feature('tianfu-new-area', '四川天府新区', 'Sichuan Tianfu New Area'),
  feature('ftz-tianfu', '中国（四川）自由贸易试验区成都天府新区片区', 'Sichuan Pilot FTZ - Chengdu Tianfu New Area section'),
  feature('airport-tianfu', '成都天府国际机场', 'Chengdu Tianfu International Airport'),
  unit('510100', '成都市', 'Chengdu'),
  unit('500000', '重庆市', 'Chongqing'),
];
const targetId = (entry: SearchEntry) => {
  const t = entry.target;
  return t.kind === 'feature' ? t.id : t.kind === 'unit' ? t.adcode : t.kind === 'user' ? `${t.layerId}#${t.index}` : `${t.field}:${t.value}`;
};
const ids = (query: string, lang: 'zh' | 'en' = 'zh') =>
  search(entries, query, lang).map((hit) => targetId(hit.entry));

describe('search', () => {
  it('ranks an exact name before names starting with the query before names containing it', () => {
    expect(ids('成都市')).toEqual(['510100']);
    const tianfu = ids('四川天府新区');
    expect(tianfu[0]).toBe('tianfu-new-area');
    expect(search(entries, '四川天府新区', 'zh')[0]?.rank).toBe(0);
    // "天府" starts none of the Chinese names but is inside four of them
    expect(search(entries, '天府', 'zh').every((hit) => hit.rank === 2)).toBe(true);
    expect(ids('天府').sort()).toEqual(['airport-tianfu', 'ftz-tianfu', 'tianfu-new-area'].sort());
  });

  it('puts prefix matches first and, among them, projects before units', () => {
    const result = ids('成都');
    // shorter (more specific) names first among the projects
    expect(result.slice(0, 3)).toEqual(['airport-tianfu', 'htz-chengdu', '510100']);
    expect(result.indexOf('ftz-tianfu')).toBeGreaterThan(result.indexOf('510100'));
  });

  it('matches English names whatever the case', () => {
    expect(ids('chengdu hi-tech', 'en')).toEqual(['htz-chengdu']);
    expect(ids('CHENGDU HI-TECH', 'en')).toEqual(['htz-chengdu']);
    expect(ids('tianfu new area', 'en')[0]).toBe('tianfu-new-area');
  });

  it('finds units by their division code, whole or by its start, and never projects', () => {
    expect(ids('510100')).toEqual(['510100']);
    expect(ids('5000')).toEqual(['500000']);
    expect(ids('htz')).toEqual([]);
  });

  it('matches pinyin initials', () => {
    expect(ids('cq')).toEqual(['500000']);
    expect(ids('sctfxq')).toEqual(['tianfu-new-area']);
  });

  it('finds nothing for an empty or unmatched query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('上海')).toEqual([]);
  });

  it('treats full-width letters and repeated spaces like ordinary ones', () => {
    expect(normalizeQuery('  ＣＨＥＮＧＤＵ   Hi ')).toBe('chengdu hi');
    expect(matchesQuery(entries[0] as SearchEntry, 'ＣＨＥＮＧＤＵ')).toBe(true);
    expect(matchesQuery(entries[0] as SearchEntry, '')).toBe(true);
    expect(matchesQuery(entries[0] as SearchEntry, '重庆')).toBe(false);
  });
});

describe('search keys beyond the names', () => {
  const park = createEntry({ kind: 'feature', id: 'htz' }, {
    name_zh: '成都高新技术产业开发区', name_en: 'Chengdu Hi-tech Industrial Development Zone',
    aliases: ['成都高新区'], search_keys: ['chengdugaoxinjishuchanyekaifaqu', 'chengdugaoxinqu', 'cdgxq'],
    typeNames: [{ text: '高新区', source: 'type' }, { text: '国家级', source: 'level' }],
  });
  const cbz = createEntry({ kind: 'feature', id: 'cbz' }, { name_zh: '成都高新综合保税区', name_en: 'Chengdu Hi-tech CBZ', search_keys: ['chengdugaoxinzonghebaoshuiqu'] });
  const type = createEntry({ kind: 'type', field: 'subtype', value: 'national_high_tech_zone' }, { name_zh: '国家级高新技术产业开发区', name_en: 'National high-tech zone', aliases: ['高新区'] });
  const all = [park, cbz, type];

  it('finds a short name and tells that it matched an alias', () => {
    const [hit] = search(all, '成都高新区', 'zh');
    expect(hit?.entry).toBe(park);
    expect(hit?.matched).toMatchObject({ source: 'alias', display: '成都高新区' });
  });

  it('compares pinyin without spaces and prefers the key the query covers most of', () => {
    expect(search(all, 'chengdu gaoxin', 'zh')[0]?.entry).toBe(park);
    expect(search(all, 'CDGXQ', 'zh')[0]).toMatchObject({ entry: park, rank: 0 });
  });

  it('ranks a project found only through its type after the type itself and after name matches', () => {
    const hits = search(all, '高新区', 'zh');
    expect(hits[0]?.entry).toBe(type);
    // the park's short name contains the words: a name match, ahead of a type-only match
    expect(hits.find((h) => h.entry === park)).toMatchObject({ rank: 2, matched: { source: 'alias' } });
    const level = search(all, '国家级', 'zh');
    expect(level[0]?.entry).toBe(type); // its name starts with 国家级
    expect(level.find((h) => h.entry === park)).toMatchObject({ rank: 3, matched: { source: 'level' } });
  });

  it('groups hits by kind, keeping the order of each group\'s best hit', () => {
    const unitEntry = createEntry({ kind: 'unit', adcode: '510100' }, { name_zh: '成都市', name_en: 'Chengdu' });
    const groups = groupHits(search([...all, unitEntry], '成都', 'zh'));
    expect(groups.map((g) => g.kind)).toEqual(['feature', 'unit']);
    // both start with 成都; 成都高新区 (the park's alias) is the shorter matched key
    expect(groups[0]?.hits.map((h) => h.entry)).toEqual([park, cbz]);
  });
});

describe('the planner\'s own features in the search', () => {
  it('finds them by name and groups them apart from the built-in projects and places', () => {
    const mine = createEntry({ kind: 'user', layerId: 'L1', index: 2 }, { name_zh: '两江协同创新区', name_en: '两江协同创新区' });
    const hits = search([...entries, mine], '两江', 'zh');
    expect(hits.map((hit) => targetId(hit.entry))).toContain('L1#2');
    expect(groupHits(hits).map((group) => group.kind)).toContain('user');
  });
});
