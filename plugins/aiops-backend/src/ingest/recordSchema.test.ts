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
