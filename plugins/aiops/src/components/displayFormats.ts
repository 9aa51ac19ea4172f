/** Formats an ISO timestamp or epoch milliseconds in the reader's locale. */
export function formatTime(time: string | number | null | undefined) {
  if (time === null || time === undefined) return undefined;
  return new Date(time).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** A share in [0, 1] as a percentage without needless decimals. */
export function formatShare(share: number) {
  return `${Math.round(share * 1000) / 10}%`;
}

/** A count with thousands separators. */
export function formatCount(count: number) {
  return count.toLocaleString('en-US');
}

/** A statistic or p-value: 3 significant digits, scientific when tiny. */
export function formatMeasure(value: number | null | undefined) {
  if (value === null || value === undefined) return undefined;
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential(2);
  return String(Number(value.toPrecision(3)));
}

export { formatUsd } from '@unified-aiops/plugin-aiops-common';
