/**
 * Dollars to the precision a person reads, the same in check reasons and in the portal:
 * $0.0042, $0.40, $1.23, $12,346.
 */
export function formatUsd(value: number): string {
  if (value >= 1000) return `$${Math.round(value).toLocaleString('en-US')}`;
  if (value >= 1) return `$${value.toFixed(2)}`;
  return `$${value.toPrecision(2)}`;
}
