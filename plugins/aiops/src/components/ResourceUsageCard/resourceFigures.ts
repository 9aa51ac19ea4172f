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
