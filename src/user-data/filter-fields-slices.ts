// A large layer's filter fields read in slices, one task each (filter-fields.ts loads this the
// first time a layer has more than FIELDS_SLICE features).
import type { Feature } from 'geojson';
import { propertyTally, type PropertyField } from '../import/property-filter-model.ts';
import { inSlices } from '../ui/page-slices';

export async function fieldsInSlices(features: readonly Feature[], size: number): Promise<PropertyField[]> {
  const tally = propertyTally();
  await inSlices(features, size, (slice) => tally.add(slice));
  return tally.fields();
}
