import { formatUsd } from './formatUsd';

describe('formatUsd', () => {
  it('writes dollars as a person reads them', () => {
    expect([0.00421, 0.4, 1.234, 12345.6].map(formatUsd)).toEqual([
      '$0.0042',
      '$0.40',
      '$1.23',
      '$12,346',
    ]);
  });
});
