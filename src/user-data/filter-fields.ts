// The fields a user layer's filter offers (propertyFilterModel), worked out once per feature list
// and kept while the list lives: the layers panel is drawn again on every change of any layer. A
// large list is read in slices (a 200,000-feature layer took half a second in one go): until it
// has been, `fieldsNow` says undefined and the panel shows that the columns are being read.
import type { Feature } from 'geojson';
import { propertyFilterModel, type PropertyField } from '../import/property-filter-model.ts';
import { PAGE_SLICE } from '../ui/page-slices';

/** Layers up to this many features are read at once; above, in slices of PAGE_SLICE (ui/page-slices.ts). */
export const FIELDS_SLICE = 10_000;

const ready = new WeakMap<readonly Feature[], PropertyField[]>();
const reading = new WeakMap<readonly Feature[], Promise<PropertyField[]>>();

export function fieldsNow(features: readonly Feature[]): PropertyField[] | undefined {
  let fields = ready.get(features);
  if (!fields && features.length <= FIELDS_SLICE) ready.set(features, (fields = propertyFilterModel(features)));
  return fields;
}

export function fieldsLater(features: readonly Feature[]): Promise<PropertyField[]> {
  const known = fieldsNow(features);
  if (known) return Promise.resolve(known);
  let promise = reading.get(features);
  if (!promise) {
    // the slicing is fetched on first use: the full app's first view is at its size budget
    promise = import('./filter-fields-slices').then(({ fieldsInSlices }) => fieldsInSlices(features, PAGE_SLICE)).then((fields) => {
      ready.set(features, fields);
      reading.delete(features);
      return fields;
    });
    reading.set(features, promise);
  }
  return promise;
}
