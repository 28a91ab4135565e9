import { describe, expect, it } from 'vitest';
import { figureChange, formatChangeValue, withMinus } from '../../../../renderer/src/features/dashboard/change';

const points = (value: string) => `${value} pts`;

describe('figure changes against the period before', () => {
  it('gives counts and money as a share of the earlier figure', () => {
    expect(figureChange(120, 100, 'count')).toEqual({ direction: 'up', tone: 'good', unit: 'relative', value: 0.2 });
    expect(figureChange(75, 100, 'money')).toEqual({ direction: 'down', tone: 'bad', unit: 'relative', value: -0.25 });
    expect(figureChange(100, 100, 'count')).toEqual({ direction: 'flat', tone: 'neutral', unit: 'relative', value: 0 });
  });

  it('gives rates in percentage points, not as a share of a share', () => {
    // 40 % → 50 % is +10 points (not +25 %)
    expect(figureChange(0.5, 0.4, 'rate')).toEqual({ direction: 'up', tone: 'good', unit: 'points', value: 10 });
    expect(figureChange(-12, 20, 'nps')).toEqual({ direction: 'down', tone: 'bad', unit: 'points', value: -32 });
  });

  it('calls a rise bad news where lower is better (churn, days between purchases, value at risk)', () => {
    expect(figureChange(0.3, 0.2, 'rate', 'lower')?.tone).toBe('bad');
    expect(figureChange(30, 45, 'days', 'lower')).toEqual({ direction: 'down', tone: 'good', unit: 'relative', value: -0.333 });
  });

  it('says there was nothing before instead of an infinite percentage', () => {
    expect(figureChange(5, 0, 'count')).toEqual({ direction: 'up', tone: 'good', unit: 'fromZero', value: 5 });
    expect(figureChange(0, 0, 'money')).toEqual({ direction: 'flat', tone: 'neutral', unit: 'relative', value: 0 });
  });

  it('has no change when either figure is unknown', () => {
    expect(figureChange(null, 0.4, 'rate')).toBeNull();
    expect(figureChange(0.4, null, 'rate')).toBeNull();
    expect(figureChange(Number.NaN, 1, 'count')).toBeNull();
  });

  it('writes the change with its sign and a true minus', () => {
    expect(formatChangeValue(figureChange(120, 100, 'count')!, 'en', points)).toBe('+20%');
    expect(formatChangeValue(figureChange(75, 100, 'money')!, 'en', points)).toBe('−25%');
    expect(formatChangeValue(figureChange(0.452, 0.4, 'rate')!, 'en', points)).toBe('+5.2 pts');
    expect(formatChangeValue(figureChange(-12, 20, 'nps')!, 'en', points)).toBe('−32 pts');
    expect(formatChangeValue(figureChange(3, 3, 'count')!, 'en', points)).toBe('0%');
    expect(formatChangeValue(figureChange(0.1234, 0.1, 'money')!, 'da', points)).toBe('+23,4\u00a0%');
    expect(withMinus('-5')).toBe('−5');
  });
});
