import { ResourceSample } from '../prometheus/ResourceStore';
import { evaluateServing } from './evaluateServing';

const MINUTE = 60_000;
const window = { from: 60 * MINUTE, to: 120 * MINUTE };

/** A sample a minute from `start` on for `minutes`, each with the figures `at(i)` gives. */
function samples(
  start: number,
  minutes: number,
  at: (i: number) => ResourceSample['figures'],
): ResourceSample[] {
  return Array.from({ length: minutes }, (_, i) => ({
    at: start + i * MINUTE,
    figures: at(i),
  }));
}

const judge = (
  all: ResourceSample[],
  model: { latencySloMs?: number; maxErrorRate?: number } = {},
  recordLatency = false,
) =>
  evaluateServing({
    samples: all,
    window,
    model,
    recordLatency,
    regressionRatio: 1.2,
  });

describe('evaluateServing', () => {
  it('is null without samples in the window', () => {
    expect(judge(samples(0, 60, () => ({ latencyP95Seconds: 1 })))).toEqual({
      serving: null,
      issues: [],
    });
  });

  it('takes the medians of the window and of the one before, so one spike is no trend', () => {
    const before = samples(0, 60, () => ({
      latencyP95Seconds: 1,
      errorRate: 0.01,
      requestsPerSecond: 5,
    }));
    const now = samples(60 * MINUTE, 60, i => ({
      latencyP95Seconds: i === 7 ? 30 : 1.1,
      errorRate: i % 2 ? 0.02 : null,
      requestsPerSecond: 6,
    }));
    const { serving, issues } = judge([...before, ...now], {
      latencySloMs: 2000,
      maxErrorRate: 0.05,
    });
    expect(serving).toEqual({
      source: 'prometheus',
      current: {
        samples: 60,
        latencyP95Seconds: 1.1,
        errorRate: 0.02,
        requestsPerSecond: 6,
      },
      baseline: {
        samples: 60,
        latencyP95Seconds: 1,
        errorRate: 0.01,
        requestsPerSecond: 5,
      },
      sloMs: 2000,
      maxErrorRate: 0.05,
      sloBreach: false,
      errorBreach: false,
      regression: false,
    });
    expect(issues).toEqual([]);
  });

  it('says what broke: a slower p95 than the window before, the SLO, the error rate', () => {
    const before = samples(0, 60, () => ({ latencyP95Seconds: 1 }));
    const now = samples(60 * MINUTE, 60, () => ({
      latencyP95Seconds: 2.5,
      errorRate: 0.08,
    }));
    const { serving, issues } = judge([...before, ...now], {
      latencySloMs: 2000,
      maxErrorRate: 0.05,
    });
    expect(serving).toMatchObject({
      sloBreach: true,
      errorBreach: true,
      regression: true,
    });
    expect(issues).toEqual([
      'p95 latency 2.50 s (Prometheus, median of 60 samples) above the SLO of 2000 ms',
      'p95 latency (Prometheus, median of 60 samples) rose from 1.00 s to 2.50 s (×2.50, above ×1.2) against the window before',
      'error rate 8.0% (Prometheus, median of 60 samples) above the 5.0% allowed',
    ]);
  });

  it('leaves the SLO to the records when they carry latency, and the error rate unjudged without a bound', () => {
    const now = samples(60 * MINUTE, 10, () => ({
      latencyP95Seconds: 2.5,
      errorRate: 0.5,
    }));
    const { serving, issues } = judge(now, { latencySloMs: 2000 }, true);
    expect(serving).toMatchObject({
      baseline: null,
      sloBreach: null,
      errorBreach: false,
      regression: false,
      maxErrorRate: null,
    });
    expect(issues).toEqual([]);
  });
});
