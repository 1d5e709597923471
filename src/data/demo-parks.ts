// The two batches of 成渝地区双城经济圈产业合作示范园区 (industrial cooperation demonstration parks) and
// how many of their parks the data lists. The totals are the announced sizes of each batch (first:
// 2021-01-08, 20 parks; second: 2023-03-24, 15 parks; see data/COVERAGE.md for the sources): the data
// lists fewer because not every name was in reach, and the app says so rather than implying a full list.
import type { DemoBatch, ProjectProperties } from '../types.ts';

export interface DemoBatchInfo {
  batch: DemoBatch;
  /** the year the batch was announced */
  year: number;
  /** the date of the joint announcement (ISO) */
  announced: string;
  /** how many parks the announcement named */
  total: number;
}

export const DEMO_BATCH_INFO: Readonly<Record<DemoBatch, DemoBatchInfo>> = {
  1: { batch: 1, year: 2021, announced: '2021-01-08', total: 20 },
  2: { batch: 2, year: 2023, announced: '2023-03-24', total: 15 },
};

export interface DemoParkCoverage {
  batch: DemoBatch;
  listed: number;
  total: number;
}

/** Listed vs announced per batch, and overall (batch 1, batch 2, then the sum). */
export function demoParkCoverage(records: readonly Pick<ProjectProperties, 'demo_batch'>[]): { batches: DemoParkCoverage[]; listed: number; total: number } {
  const batches = ([1, 2] as const).map((batch) => ({
    batch,
    listed: records.filter((r) => r.demo_batch === batch).length,
    total: DEMO_BATCH_INFO[batch].total,
  }));
  return {
    batches,
    listed: batches.reduce((sum, b) => sum + b.listed, 0),
    total: batches.reduce((sum, b) => sum + b.total, 0),
  };
}
