import { describe, expect, it } from 'vitest';
import { median, percentile, round, slowest, summarize } from '../../../scripts/bench/measure';

describe('bench statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('finds the median of odd and even counts without reordering the input', () => {
    const input = [5, 1, 3];
    expect(median(input)).toBe(3);
    expect(input).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('summarises 300 samples into p50, p95, max and n', () => {
    const samples = Array.from({ length: 300 }, (_, i) => i + 1);
    expect(summarize(samples)).toEqual({ p50: 150, p95: 285, max: 300, n: 300 });
  });

  it('lists the slowest samples with their positions', () => {
    expect(slowest([1, 9, 3, 9, 2], 3)).toEqual([
      { index: 1, ms: 9 },
      { index: 3, ms: 9 },
      { index: 2, ms: 3 },
    ]);
  });

  it('rounds for the report', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(1234.5, 0)).toBe(1235);
  });
});
