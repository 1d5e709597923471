import { describe, expect, it } from 'vitest';
import { countsByCategory, reportUrl, repositoryUrl } from '../../src/about/about-model';

describe('countsByCategory', () => {
  it('counts records per category and per type, leaving out empty categories', () => {
    const records = [
      { category: 'industrial_park', subtype: 'national_high_tech_zone' },
      { category: 'corridor', subtype: 'railway' },
      { category: 'industrial_park', subtype: 'industrial_cooperation_park' },
      { category: 'industrial_park', subtype: 'national_high_tech_zone' },
    ] as const;
    expect(countsByCategory(records)).toEqual([
      { category: 'corridor', count: 1, types: [{ subtype: 'railway', count: 1 }] },
      { category: 'industrial_park', count: 3, types: [{ subtype: 'national_high_tech_zone', count: 2 }, { subtype: 'industrial_cooperation_park', count: 1 }] },
    ]);
  });
});

describe('where to report an error', () => {
  it('takes the override, then bugs, then the repository issue page, else nothing', () => {
    const repo = { repository: { url: 'git+https://example.org/owner/map.git' } };
    expect(repositoryUrl(repo)).toBe('https://example.org/owner/map');
    expect(reportUrl(repo, undefined)).toBe('https://example.org/owner/map/issues');
    expect(reportUrl({ ...repo, bugs: { url: 'https://example.org/report' } }, undefined)).toBe('https://example.org/report');
    expect(reportUrl(repo, 'https://newsroom.example/corrections')).toBe('https://newsroom.example/corrections');
    expect(reportUrl({}, undefined)).toBeNull();
    expect(reportUrl({ repository: 'javascript:alert(1)' }, 'ftp://x')).toBeNull();
  });
});
