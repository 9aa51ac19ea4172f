import { driftCheck } from '../MonitoringContent/__fixtures__/monitoringData';
import { driftHistoryData } from './driftHistoryData';

describe('driftHistoryData', () => {
  it('orders checks oldest first and leaves no-data checks as gaps', () => {
    const points = driftHistoryData([
      driftCheck({
        checkedAt: '2025-06-01T10:30:00.000Z',
        result: { driftedShare: 0.5 },
      }),
      driftCheck({
        checkedAt: '2025-06-01T10:15:00.000Z',
        resultStatus: 'no-data',
        result: { driftedShare: 0 },
      }),
      driftCheck({
        checkedAt: '2025-06-01T10:00:00.000Z',
        result: { driftedShare: 0.25 },
      }),
    ]);
    expect(
      points.map(p => [new Date(p.time).toISOString(), p.driftedShare]),
    ).toEqual([
      ['2025-06-01T10:00:00.000Z', 0.25],
      ['2025-06-01T10:15:00.000Z', null],
      ['2025-06-01T10:30:00.000Z', 0.5],
    ]);
  });
});
