// The console table printed after a run.
import type { Figure, FigureResult } from './figure';

const HEADERS = ['figure', 'median ms', 'baseline median ms', 'ratio (× faster)', 'n', 'what'];

function cells(figure: Figure, result: FigureResult): string[] {
  if ('unit' in result) return [figure.id, `${result.value} ${result.unit}`, '', '', '', figure.title];
  const baseline = result.baseline_median_ms === null ? '—' : result.baseline_median_ms.toFixed(1);
  const ratio = result.ratio === null ? '—' : `${result.ratio.toFixed(1)}×`;
  const n = figure.kind === 'time' && figure.baselineRuns > 0 ? `${result.n} (baseline ${figure.baselineRuns})` : `${result.n}`;
  return [figure.id, result.median_ms.toFixed(1), baseline, ratio, n, figure.title];
}

export function formatTable(figures: readonly Figure[], results: Record<string, FigureResult>): string {
  const rows = figures.flatMap((f) => (results[f.id] ? [cells(f, results[f.id] as FigureResult)] : []));
  const widths = HEADERS.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]): string => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ');
  return [line(HEADERS), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
