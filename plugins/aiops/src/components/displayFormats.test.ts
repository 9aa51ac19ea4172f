import { formatMeasure, formatShare } from './displayFormats';

describe('displayFormats', () => {
  it('shows measures with 3 significant digits, tiny ones in scientific notation', () => {
    expect(formatMeasure(0.123456)).toBe('0.123');
    expect(formatMeasure(12.3456)).toBe('12.3');
    expect(formatMeasure(0)).toBe('0');
    expect(formatMeasure(0.0000123)).toBe('1.23e-5');
    expect(formatMeasure(null)).toBeUndefined();
  });

  it('shows shares as percentages', () => {
    expect(formatShare(2 / 7)).toBe('28.6%');
    expect(formatShare(0.5)).toBe('50%');
  });
});
