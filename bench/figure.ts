// What a benchmark figure is. Each file in bench/figures/ exports `figure`, one of these kinds.

/** A timed figure: `measured` is the variant we ship, `baseline` the plain way it replaces. */
export interface TimedFigure<Context = unknown, Answer = unknown> {
  kind: 'time';
  id: string;
  /** one line for the table: what is measured, on what data */
  title: string;
  /** runs of the measured variant (the median is reported) */
  runs: number;
  /** runs of the baseline, spread evenly between the measured runs; 0 when there is none */
  baselineRuns: number;
  /** untimed preparation, done once (data loading, index building) */
  setup: () => Promise<Context> | Context;
  measured: (context: Context) => Promise<Answer> | Answer;
  baseline?: (context: Context) => Promise<Answer> | Answer;
  /** throws when the two variants disagree: a fast wrong answer is no answer */
  check?: (measured: Answer, baseline: Answer) => void;
  teardown?: (context: Context) => Promise<void> | void;
  /**
   * 'caller' (default): wall time of the measured call. 'answer': the call returns the elapsed ms it
   * measured itself — for browser figures timed by the page's own clock, so the round trip from Node to
   * the page (not part of what a user waits for) stays out of the figure.
   */
  timeFrom?: 'caller' | 'answer';
  /**
   * Further medians the figure collects over its measured runs (e.g. the longest main-thread task
   * while a file imports), read after the last run; stored beside the timed median.
   */
  extra?: (context: Context) => Record<string, number>;
}

/** A size figure: a number of bytes (a bundle, a data file). */
export interface SizeFigure {
  kind: 'size';
  id: string;
  title: string;
  measure: () => Promise<number> | number;
}

// `any`: the registry holds figures of many context and answer types; each file is typed itself.
export type Figure = TimedFigure<any, any> | SizeFigure;

/** Entries of bench/results.json. ratio = baseline_median_ms / median_ms: how many times faster. */
export interface TimedResult {
  median_ms: number;
  baseline_median_ms: number | null;
  ratio: number | null;
  n: number;
  /** the figure's further medians (`extra`), in ms */
  extra?: Record<string, number>;
}
export interface SizeResult {
  value: number;
  unit: 'bytes';
}
export type FigureResult = TimedResult | SizeResult;
