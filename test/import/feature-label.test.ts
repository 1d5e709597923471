import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { featureColour, featureColours, featureName, featuresBBox, hexColour, nameKey } from '../../src/import/feature-label.ts';
import { importAnyFile } from '../../src/import/import-any-file.ts';
import { fixtureBytes } from './fixtures.ts';

const point = (properties: Record<string, unknown>, coordinates = [104.06, 30.66]): Feature => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates } });

describe('the name column', () => {
  it('is found in Chinese and English titles, whichever case', () => {
    expect(nameKey([point({ 编号: 'A1', 项目名称: '天府国际机场', 投资: 5 })])).toBe('项目名称');
    expect(nameKey([point({ NAME: 'Tianfu airport', id: 1 })])).toBe('NAME');
    expect(nameKey([point({ title: '科学城' })])).toBe('title');
    expect(nameKey([point({ 名称: '' }), point({ 名称: null })])).toBeUndefined();
    expect(nameKey([point({ 投资: 5 })])).toBeUndefined();
  });

  it('prefers the name column filled in more features', () => {
    const features = [point({ name: '', 名称: '锦江' }), point({ name: 'x', 名称: '青羊' }), point({ 名称: '武侯' })];
    expect(nameKey(features)).toBe('名称');
    expect(features.map((f) => featureName(f, '名称'))).toEqual(['锦江', '青羊', '武侯']);
    expect(featureName(features[0]!, 'name')).toBeUndefined();
  });

  it('names the features of a real spreadsheet with Chinese headers', async () => {
    const result = await importAnyFile({ name: 'projects-title-row.xlsx', bytes: fixtureBytes('projects-title-row.xlsx') });
    const features = result.goodFeatures;
    const key = nameKey(features);
    expect(key).toBe('项目名称');
    expect(features.every((f) => (featureName(f, key) ?? '').length > 1)).toBe(true);
  });

  it('names KML placemarks by their <name>', async () => {
    const result = await importAnyFile({ name: 'greenway.kml', bytes: fixtureBytes('greenway.kml') });
    const key = nameKey(result.goodFeatures);
    expect(result.goodFeatures.map((f) => featureName(f, key))).toEqual(['合江亭', '锦江绿道（合江亭—望江楼）', '望江楼公园']);
  });
});

describe('a colour column', () => {
  it('is honoured in its common spellings (simplestyle, FillColor, 颜色)', () => {
    expect(featureColour(point({ 'marker-color': '#F80' }))).toBe('#ff8800');
    expect(featureColour(point({ FillColor: '#00AA11' }))).toBe('#00aa11');
    expect(featureColour(point({ fill: '336699' }))).toBe('#336699');
    expect(featureColour(point({ 颜色: '#123456', name: 'x' }))).toBe('#123456');
  });

  it('ignores what is not a hex colour, so nothing odd reaches a style', () => {
    expect(featureColour(point({ color: 'red;background:url(x)' }))).toBeUndefined();
    expect(featureColour(point({ color: 'rgba(0,0,0,1)' }))).toBeUndefined();
    expect(featureColour(point({ name: '#123456' }))).toBeUndefined();
    expect(hexColour('#12345')).toBeUndefined();
  });
});

describe('featureColours', () => {
  it("gives each feature of a layer its own colour, undefined where it has none or no hex colour", () => {
    const layer = [point({ FillColor: '#00AA11' }), point({ name: 'a' }), point({ fill: 'red' }), point({ 颜色: 'abc' })];
    expect(featureColours(layer)).toEqual(['#00aa11', undefined, undefined, '#aabbcc']);
  });
});

describe('featuresBBox', () => {
  it('spans every located feature', () => {
    expect(featuresBBox([point({}, [104, 30]), point({}, [106.5, 29.5]), { type: 'Feature', properties: {}, geometry: null } as unknown as Feature])).toEqual([104, 29.5, 106.5, 30]);
    expect(featuresBBox([])).toBeUndefined();
  });
});
