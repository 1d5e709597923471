import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { buildFeatureIndex, type IndexableFeature, type SpatialQueryResult } from '../../src/spatial/feature-index';
import { featuresInArea } from '../../src/spatial/area-query';
import { rectangleToPolygon, type Bounds } from '../../src/spatial/measure';
import { readSpatialFixture } from './fixtures';

interface AreaFixture {
  features: FeatureCollection<IndexableFeature['geometry']>;
  rectangle: Bounds;
  expectedRectangle: SpatialQueryResult;
  concave: Polygon;
  expectedConcave: SpatialQueryResult;
}

const fixture = readSpatialFixture<AreaFixture>('area-queries.json');
const index = buildFeatureIndex(fixture.features.features as IndexableFeature[]);

describe('featuresInArea', () => {
  it('finds points inside or on the edge of a drawn rectangle, and lines/polygons that reach into it', () => {
    expect(featuresInArea(index, rectangleToPolygon(fixture.rectangle))).toEqual(fixture.expectedRectangle);
  });

  it('leaves out what sits in the notch of a concave polygon, though inside its bounding box', () => {
    expect(featuresInArea(index, fixture.concave)).toEqual(fixture.expectedConcave);
  });

  it('takes a MultiPolygon: the union of both answers', () => {
    const rectangle = rectangleToPolygon(fixture.rectangle);
    const both = { type: 'MultiPolygon' as const, coordinates: [rectangle.coordinates, fixture.concave.coordinates] };
    expect(featuresInArea(index, both).ids.sort()).toEqual(
      [...fixture.expectedRectangle.ids, ...fixture.expectedConcave.ids].sort(),
    );
  });

  it('does not change the area or the features', () => {
    const areaBefore = structuredClone(fixture.concave);
    const featuresBefore = structuredClone(fixture.features);
    featuresInArea(index, fixture.concave);
    expect(fixture.concave).toEqual(areaBefore);
    expect(fixture.concave).not.toHaveProperty('bbox');
    expect(fixture.features).toEqual(featuresBefore);
  });

  it('rejects something that is not a polygon', () => {
    const line = { type: 'LineString', coordinates: [[104, 30], [105, 31]] };
    expect(() => featuresInArea(index, line as unknown as Polygon)).toThrow(/Polygon or MultiPolygon/);
    expect(() => featuresInArea(index, { type: 'Polygon', coordinates: [] })).toThrow(/at least one ring/);
  });
});
