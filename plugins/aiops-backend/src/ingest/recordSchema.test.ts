import { RecordValidationError, validateRecords } from './recordSchema';

function issuesOf(records: unknown[]) {
  try {
    validateRecords(records, 100);
  } catch (error) {
    if (error instanceof RecordValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected the records to be rejected');
}

describe('validateRecords', () => {
  it('accepts flat feature, group and judge score maps and drops unknown fields', () => {
    const [record] = validateRecords(
      [
        {
          features: { age: 41, plan: 'pro', active: true, note: null },
          groups: { gender: 'f' },
          llm: { judgeScores: { faithfulness: 0.9 } },
          extra: 'dropped',
        },
      ],
      100,
    );
    expect(record).toEqual({
      features: { age: 41, plan: 'pro', active: true, note: null },
      groups: { gender: 'f' },
      llm: { judgeScores: { faithfulness: 0.9 } },
    });
  });

  it('lists every bad map entry with its record index and path', () => {
    expect(
      issuesOf([
        { features: { ok: 1 } },
        { features: { '': 1, nested: { x: 1 }, list: [1] } },
        { features: [1, 2] },
        { features: { a: 1 }, groups: { gender: 1 } },
        { features: { a: 1 }, llm: { judgeScores: { faithfulness: 'high' } } },
        {},
      ]),
    ).toEqual([
      { index: 1, path: 'features.', message: expect.stringMatching(/key/) },
      { index: 1, path: 'features.nested', message: expect.any(String) },
      { index: 1, path: 'features.list', message: expect.any(String) },
      { index: 2, path: 'features', message: expect.stringMatching(/record/) },
      { index: 3, path: 'groups.gender', message: expect.any(String) },
      {
        index: 4,
        path: 'llm.judgeScores.faithfulness',
        message: expect.stringMatching(/finite number/),
      },
      { index: 5, path: 'features', message: expect.stringMatching(/record/) },
    ]);
  });
});

describe('validateRecords: record times', () => {
  const now = Date.parse('2026-11-28T12:00:00Z');
  const window = { now, maxAgeMs: 30 * 86_400_000 };
  const at = (ms: number) => ({
    timestamp: new Date(ms).toISOString(),
    features: { x: 1 },
  });

  it('accepts times from the retention up to five minutes ahead', () => {
    const records = [
      at(now),
      at(now + 4 * 60_000),
      at(now - 29 * 86_400_000),
      { features: { x: 1 } },
    ];
    expect(validateRecords(records, 100, window)).toHaveLength(4);
  });

  it('rejects a time far ahead (clock skew) or older than the retention, per record', () => {
    let error: unknown;
    try {
      validateRecords(
        [at(now), at(now + 6 * 60_000), at(now - 31 * 86_400_000)],
        100,
        window,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).issues).toEqual([
      {
        index: 1,
        path: 'timestamp',
        message: "is more than 5 minutes ahead of the server's clock",
      },
      {
        index: 2,
        path: 'timestamp',
        message: 'is older than the profile retention (30 days)',
      },
    ]);
  });

  it('leaves the times of training records alone', () => {
    expect(validateRecords([at(0), at(now + 86_400_000)], 100)).toHaveLength(2);
  });
});
