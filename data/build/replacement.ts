// Placeholder until validation lands: a replacement boundary file is not yet supported.
import type { EnglishNames } from './names-en.ts';
import type { BoundarySources } from './sources.ts';

export async function readReplacementSources(
  file: string,
  _defaults: BoundarySources,
  _names: EnglishNames,
): Promise<BoundarySources> {
  throw new Error(`${file}: replacement boundaries are not supported yet`);
}
