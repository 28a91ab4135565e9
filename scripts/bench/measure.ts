import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';

/** Pure statistics and the two samplers the benchmark needs (event-loop stalls, process RSS). */

export interface Summary {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} is outside 0..100`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Median as the mean of the two middle values for an even count. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarize(samples: readonly number[]): Summary {
  return {
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    max: round(samples.length === 0 ? Number.NaN : Math.max(...samples)),
    n: samples.length,
  };
}

/** Milliseconds rounded to `digits` decimals, for a readable report. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function mb(bytes: number): number {
  return round(bytes / (1024 * 1024), 1);
}

/** Times an async action with performance.now(). */
export async function timed<T>(action: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await action();
  return { ms: performance.now() - start, value };
}

export interface StallReading {
  /** Longest interval between ticks of monitorEventLoopDelay({resolution: 1}) (includes the 1 ms period). */
  histogram_max_ms: number;
  /** Longest gap between two runs of a 1 ms setInterval, minus the 1 ms period. */
  interval_max_lag_ms: number;
  /**
   * Time this thread actually spent running callbacks (performance.eventLoopUtilization().active). A long stall
   * with little active time means the thread was waiting for a CPU (other processes, the worker), not working.
   */
  active_ms: number;
}

/**
 * Watches THIS thread's event loop while an action runs: a long task on the main thread shows up as a long
 * gap in both detectors. Use one at a time (each owns its own histogram and interval).
 */
export async function watchStalls<T>(action: () => Promise<T>): Promise<{ ms: number; value: T; stall: StallReading }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let last = performance.now();
  let maxLag = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    maxLag = Math.max(maxLag, now - last - 1);
    last = now;
  }, 1);
  histogram.enable();
  // let both detectors take a first tick so the action does not start inside their setup
  await new Promise((resolve) => setTimeout(resolve, 5));
  histogram.reset();
  last = performance.now();
  maxLag = 0;
  const utilisation = performance.eventLoopUtilization();
  try {
    const { ms, value } = await timed(action);
    // one more tick after the reply, so a stall caused by handling the reply itself is seen
    await new Promise((resolve) => setTimeout(resolve, 5));
    const now = performance.now();
    maxLag = Math.max(maxLag, now - last - 1);
    const active = performance.eventLoopUtilization(utilisation).active;
    return {
      ms,
      value,
      stall: { histogram_max_ms: round(histogram.max / 1e6), interval_max_lag_ms: round(Math.max(0, maxLag)), active_ms: round(active) },
    };
  } finally {
    clearInterval(ticker);
    histogram.disable();
  }
}

/** Samples process.memoryUsage().rss (the whole process: main thread and the engine worker) every `everyMs`. */
export class RssSampler {
  private peak = 0;
  private phasePeak = 0;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(everyMs = 50) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  sample(): void {
    const rss = process.memoryUsage().rss;
    this.peak = Math.max(this.peak, rss);
    this.phasePeak = Math.max(this.phasePeak, rss);
  }

  /** Peak since the last call (or since the start), then starts a new phase. */
  takePhasePeak(): number {
    this.sample();
    const peak = this.phasePeak;
    this.phasePeak = process.memoryUsage().rss;
    return peak;
  }

  get overallPeak(): number {
    this.sample();
    return this.peak;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** The slowest `count` samples with their position, slowest first. */
export function slowest(samples: readonly number[], count: number): Array<{ index: number; ms: number }> {
  return samples
    .map((ms, index) => ({ index, ms: round(ms) }))
    .sort((a, b) => b.ms - a.ms || a.index - b.index)
    .slice(0, count);
}

/** 1/5/15-minute load averages: on a shared machine they say how much the figures can be trusted. */
export function loadAverage(): number[] {
  return loadavg().map((value) => round(value));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
