// embed-phone-first-map: a fresh embed on a phone (375×560, touch, CPU 4× slower, 1.6 Mbps / 150 ms)
// until its map is drawn with project symbols in view. Baseline: the full app opened the same way on
// the same phone, the page a newsroom would otherwise link to. Target ≤ 2.5 s.
import type { TimedFigure } from '../figure';
import { firstMapMs } from '../phone';
import { EMBED_QUERY, startEmbedBench, stopEmbedBench, type EmbedBench } from './embed-first-render';
import { figure as firstViewGzip } from './embed-first-view-gzip';

export const figure: TimedFigure<EmbedBench, number> = {
  kind: 'time',
  id: 'embed-phone-first-map',
  title: 'embed on a phone (375×560, CPU 4×, 1.6 Mbps/150 ms): fresh load to drawn map; baseline: the full app, same phone',
  runs: 5,
  baselineRuns: 3,
  timeFrom: 'answer',
  setup: async () => {
    // printed beside the timing: the bytes this first view costs, measured in the same run
    const bytes = await firstViewGzip.measure();
    console.log(`  embed first view: ${(bytes / 1024).toFixed(1)} KB gzip (budget 250 KB)`);
    return startEmbedBench();
  },
  measured: (bench) => firstMapMs(bench, bench.url),
  baseline: (bench) => firstMapMs(bench, bench.url.replace(EMBED_QUERY, '?lang=zh')),
  teardown: stopEmbedBench,
};
