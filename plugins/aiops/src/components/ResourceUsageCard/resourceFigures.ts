import { ResourceFigures } from '@unified-aiops/plugin-aiops-common';
import { formatShare } from '../displayFormats';

/** A figure of the Prometheus source. */
export type ResourceFigure = keyof ResourceFigures;

/** How one figure reads: its label and its value in the unit people think in. */
export interface FigureDisplay {
  figure: ResourceFigure;
  label: string;
  format(value: number): string;
}

const significant = (value: number, digits = 3) =>
  String(Number(value.toPrecision(digits)));

/** Seconds below one as milliseconds, the way latency is spoken of. */
export function formatSeconds(seconds: number) {
  return seconds < 1
    ? `${significant(seconds * 1000)} ms`
    : `${significant(seconds)} s`;
}

/** Bytes in binary units (the unit cAdvisor's working set and Kubernetes limits use). */
export function formatBytes(bytes: number) {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${significant(value)} ${units[unit]}`;
}

/** The figures in the order the card lists them. */
export const FIGURE_DISPLAYS: FigureDisplay[] = [
  { figure: 'latencyP50Seconds', label: 'Latency p50', format: formatSeconds },
  { figure: 'latencyP95Seconds', label: 'Latency p95', format: formatSeconds },
  { figure: 'latencyP99Seconds', label: 'Latency p99', format: formatSeconds },
  {
    figure: 'requestsPerSecond',
    label: 'Throughput',
    format: value => `${significant(value)} req/s`,
  },
  { figure: 'errorRate', label: 'Error rate', format: formatShare },
  {
    figure: 'cpuCores',
    label: 'CPU',
    format: value => `${significant(value)} cores`,
  },
  { figure: 'memoryBytes', label: 'Memory', format: formatBytes },
  {
    figure: 'gpuUtilizationPercent',
    label: 'GPU utilization',
    format: value => `${significant(value)}%`,
  },
];

/** The unit a chart of a figure reads in and the factor from the API's unit to it. */
export interface ChartUnit {
  unit: string;
  factor: number;
}

/**
 * The chart unit of a figure, chosen from its largest value so the axis gets round
 * ticks in the unit people read (ms below a second, MiB or GiB, percent).
 */
export function chartUnit(figure: ResourceFigure, max: number): ChartUnit {
  switch (figure) {
    case 'latencyP50Seconds':
    case 'latencyP95Seconds':
    case 'latencyP99Seconds':
      return max < 1 ? { unit: 'ms', factor: 1000 } : { unit: 's', factor: 1 };
    case 'requestsPerSecond':
      return { unit: 'req/s', factor: 1 };
    case 'errorRate':
      return { unit: '%', factor: 100 };
    case 'cpuCores':
      return { unit: 'cores', factor: 1 };
    case 'memoryBytes': {
      const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
      let power = 0;
      while (max >= 1024 ** (power + 1) && power < units.length - 1) power++;
      return { unit: units[power], factor: 1 / 1024 ** power };
    }
    case 'gpuUtilizationPercent':
      return { unit: '%', factor: 1 };
    default:
      return { unit: '', factor: 1 };
  }
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
/** Tick spacings a time axis may use, smallest first. */
const TIME_STEPS = [
  5 * SECOND,
  10 * SECOND,
  15 * SECOND,
  30 * SECOND,
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  24 * HOUR,
];

/**
 * Evenly spaced ticks at round times (every 30 s, 5 min, 1 h, …) between `from` and `to`
 * (epoch ms), at most `maxTicks`, and the label format that suits their spacing.
 */
export function timeTicks(
  from: number,
  to: number,
  maxTicks = 8,
): { ticks: number[]; format: (time: number) => string } {
  const span = Math.max(0, to - from);
  const step =
    TIME_STEPS.find(candidate => span / candidate <= maxTicks) ??
    Math.ceil(span / maxTicks / (24 * HOUR)) * 24 * HOUR;
  // hours and days fall on the reader's clock, not on UTC's
  const offset = step >= HOUR ? new Date(from).getTimezoneOffset() * MINUTE : 0;
  const ticks: number[] = [];
  for (
    let tick = Math.ceil((from - offset) / step) * step + offset;
    tick <= to;
    tick += step
  ) {
    ticks.push(tick);
  }
  const options: Intl.DateTimeFormatOptions =
    step >= 24 * HOUR
      ? { month: 'short', day: 'numeric' }
      : { hour: 'numeric', minute: '2-digit' };
  if (step < MINUTE) options.second = '2-digit';
  if (step >= HOUR && span > 24 * HOUR && step < 24 * HOUR) {
    options.weekday = 'short';
  }
  return {
    ticks,
    format: time => new Date(time).toLocaleString(undefined, options),
  };
}

/**
 * Round ticks from 0 to just above `max` (steps of 1, 2, 2.5 or 5 times a power of
 * ten, about four of them), so the line never sits on the top of the chart.
 */
export function valueTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = (max * 1.1) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 2.5, 5, 10].find(m => m * magnitude >= rough)! * magnitude;
  const top = Math.ceil((max * 1.1) / step) * step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + step / 1e6; i++) {
    ticks.push(Number((i * step).toPrecision(12)));
  }
  return ticks;
}
