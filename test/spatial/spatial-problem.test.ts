// A rejected spatial question is worded in the page's language: every problem code has its words in
// Chinese and English, and the place at fault is named in the same language.
import { describe, expect, it } from 'vitest';
import { spatialEn, spatialZh } from '../../src/i18n/tables/spatial.ts';
import { spatialProblemText, type SpatialProblemCode } from '../../src/spatial/spatial-problem.ts';
import { SpatialInputError } from '../../src/spatial/validate.ts';
import { polygonArea, rectangleToPolygon } from '../../src/spatial/measure.ts';
import { catchment } from '../../src/spatial/catchment.ts';
import { buildFeatureIndex } from '../../src/spatial/feature-index.ts';

const HAN = /[\u4e00-\u9fff]/;

function thrown(work: () => unknown): SpatialInputError {
  try {
    work();
  } catch (error) {
    if (error instanceof SpatialInputError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('spatial problem words', () => {
  const codes = Object.keys(spatialZh).filter((key) => key.startsWith('spatial.problem.')).map((key) => key.slice('spatial.problem.'.length) as SpatialProblemCode);

  it('words every code in Chinese and in English, differently', () => {
    expect(codes.length).toBeGreaterThanOrEqual(17);
    for (const code of codes) {
      const zh = spatialProblemText({ code, params: {}, what: { thing: 'polygon' } }, 'zh');
      const en = spatialProblemText({ code, params: {}, what: { thing: 'polygon' } }, 'en');
      expect(zh, code).toMatch(HAN);
      expect(en, code).not.toMatch(HAN);
      expect(spatialEn[`spatial.problem.${code}`], code).not.toBe(spatialZh[`spatial.problem.${code}`]);
    }
  });

  it('tells a Chinese page in Chinese that a drawn polygon has too few corners', () => {
    const error = thrown(() => polygonArea([[104, 30], [105, 30], [104, 30]]));
    expect(error.problem.code).toBe('polygon-corners');
    expect(spatialProblemText(error.problem, 'zh')).toBe('多边形至少需要三个不同的顶点');
    expect(error.message).toBe('polygon needs at least three distinct corners');
  });

  it('names the place at fault in the page language, with its numbers', () => {
    const corridor = { type: 'Feature' as const, properties: {}, geometry: { type: 'MultiLineString' as const, coordinates: [[[104, 30], [105, 30]], [[104, 30], [104, 95]]] } };
    const error = thrown(() => catchment(buildFeatureIndex([]), [corridor], 10));
    expect(error.message).toBe('corridor 0 part 1 position 1 is outside lon -180..180 / lat -90..90: [104, 95]');
    expect(spatialProblemText(error.problem, 'zh')).toBe('第 0 条通道的第 1 部分的第 1 个坐标点超出经度 -180..180、纬度 -90..90 的范围：[104, 95]');
    const bounds = thrown(() => rectangleToPolygon([105, 30, 104, 31]));
    expect(spatialProblemText(bounds.problem, 'zh')).toBe('范围必须西小于东、南小于北，收到的是 [105, 30, 104, 31]');
  });
});
