import { checkRecords } from './checkRecords';

describe('checkRecords', () => {
  const now = Date.parse('2026-11-28T12:00:00Z');
  const window = { now, maxAgeMs: 30 * 86_400_000 };
  const at = (ms: number) => ({
    timestamp: new Date(ms).toISOString(),
    features: { x: 1 },
  });
  const check =
    (records: ReturnType<typeof at>[], maxRecords = 100) =>
    () =>
      checkRecords(records, {
        maxRecords,
        settingName: 'aiops.ingest.maxBatchRecords',
        timestamps: window,
      });

  it('accepts times from the retention up to five minutes ahead, and records without one', () => {
    expect(
      check([
        at(now),
        at(now + 4 * 60_000),
        at(now - 29 * 86_400_000),
        { features: { x: 1 } } as ReturnType<typeof at>,
      ]),
    ).not.toThrow();
  });

  it('names each record timed far ahead (clock skew) or older than the retention', () => {
    expect(
      check([at(now), at(now + 6 * 60_000), at(now - 31 * 86_400_000)]),
    ).toThrow(
      "2 of the batch's records are invalid, nothing was applied: " +
        "request/body/records/1/timestamp is more than 5 minutes ahead of the server's clock; " +
        'request/body/records/2/timestamp is older than the profile retention (30 days)',
    );
  });

  it('lists twenty bad records and counts the rest', () => {
    const late = Array.from({ length: 25 }, () => at(now + 3_600_000));
    expect(check(late)).toThrow(/records\/19\/timestamp[^;]*; and 5 more$/);
  });

  it('refuses more records than the setting allows, naming it', () => {
    expect(check([at(now), at(now), at(now)], 2)).toThrow(
      'request/body/records holds 3 records, at most 2 are accepted (aiops.ingest.maxBatchRecords)',
    );
  });

  it('leaves the times of training records alone', () => {
    expect(() =>
      checkRecords([at(0), at(now + 86_400_000)], {
        maxRecords: 100,
        settingName: 'aiops.ingest.maxReferenceRecords',
      }),
    ).not.toThrow();
  });
});
