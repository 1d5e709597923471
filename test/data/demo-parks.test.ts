import { describe, expect, it } from 'vitest';
import { DEMO_BATCH_INFO, demoParkCoverage } from '../../src/data/demo-parks';

describe('demoParkCoverage', () => {
  it('counts listed parks per batch against the announced 20 + 15', () => {
    const records = [{ demo_batch: 1 as const }, { demo_batch: 1 as const }, { demo_batch: 2 as const }, { demo_batch: null }];
    expect(demoParkCoverage(records)).toEqual({
      batches: [{ batch: 1, listed: 2, total: 20 }, { batch: 2, listed: 1, total: 15 }],
      listed: 3,
      total: 35,
    });
  });

  it('knows when each batch was announced', () => {
    expect(DEMO_BATCH_INFO[1]).toMatchObject({ year: 2021, announced: '2021-01-08' });
    expect(DEMO_BATCH_INFO[2]).toMatchObject({ year: 2023, announced: '2023-03-24' });
  });
});
