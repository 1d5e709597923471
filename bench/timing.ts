// Runs a timed figure. On a shared, noisy machine the baseline runs are interleaved with the
// measured ones so both see the same background load; medians resist the odd slow run.
import type { TimedFigure, TimedResult } from './figure';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function timeOnce<C, A>(run: (context: C) => Promise<A> | A, context: C, timeFrom: 'caller' | 'answer' = 'caller'): Promise<{ ms: number; answer: A }> {
  const start = performance.now();
  const answer = await run(context);
  const callerMs = performance.now() - start;
  if (timeFrom === 'caller') return { ms: callerMs, answer };
  if (typeof answer !== 'number' || !Number.isFinite(answer) || answer < 0) {
    throw new Error(`a figure timed by its answer returned ${String(answer)} instead of elapsed milliseconds`);
  }
  return { ms: answer, answer };
}

/** Which measured-run slots are followed by a baseline run: `count` slots spread evenly. */
export function baselineSlots(runs: number, count: number): Set<number> {
  const slots = new Set<number>();
  for (let k = 0; k < count; k++) slots.add(Math.floor(((k + 0.5) * runs) / count));
  return slots;
}

export async function runTimedFigure<C, A>(figure: TimedFigure<C, A>, log: (line: string) => void): Promise<TimedResult> {
  const context = await figure.setup();
  try {
    // one untimed warm-up of each variant: JIT compilation is not what we want to measure
    const warm = await figure.measured(context);
    const measuredMs: number[] = [];
    const baselineMs: number[] = [];
    const withBaseline = figure.baseline !== undefined && figure.baselineRuns > 0;
    const slots = withBaseline ? baselineSlots(figure.runs, figure.baselineRuns) : new Set<number>();
    for (let i = 0; i < figure.runs; i++) {
      const measured = await timeOnce(figure.measured, context, figure.timeFrom);
      measuredMs.push(measured.ms);
      if (slots.has(i) && figure.baseline) {
        const base = await timeOnce(figure.baseline, context, figure.timeFrom);
        baselineMs.push(base.ms);
        figure.check?.(warm, base.answer);
        log(`  ${figure.id}: baseline run ${baselineMs.length}/${figure.baselineRuns} ${base.ms.toFixed(0)} ms`);
      }
    }
    const medianMs = median(measuredMs);
    const baselineMedian = baselineMs.length > 0 ? median(baselineMs) : null;
    const extra = figure.extra?.(context);
    for (const [name, value] of Object.entries(extra ?? {})) log(`  ${figure.id}: ${name} ${value.toFixed(1)} ms (median)`);
    return {
      ...(extra ? { extra: Object.fromEntries(Object.entries(extra).map(([name, value]) => [name, round(value)])) } : {}),
      median_ms: round(medianMs),
      baseline_median_ms: baselineMedian === null ? null : round(baselineMedian),
      ratio: baselineMedian === null ? null : round(baselineMedian / medianMs),
      n: measuredMs.length,
    };
  } finally {
    await figure.teardown?.(context);
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
