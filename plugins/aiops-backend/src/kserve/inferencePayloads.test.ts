import { requestRows, responsePredictions } from './inferencePayloads';

const names = {
  features: ['tenure_months', 'monthly_charges', 'contract'],
  predictionField: 'churn_probability',
};

describe('KServe inference payloads', () => {
  it('reads V1 instances as named, positional or single values', () => {
    expect(
      requestRows(
        {
          instances: [
            { tenure_months: 3, contract: 'monthly' },
            [1, 2.5, 'yearly'],
          ],
        },
        names,
      ),
    ).toEqual([
      { tenure_months: 3, contract: 'monthly' },
      { tenure_months: 1, monthly_charges: 2.5, contract: 'yearly' },
    ]);
    expect(requestRows({ instances: [7] }, { features: ['x'] })).toEqual([
      { x: 7 },
    ]);
  });

  it('reads V1 predictions as values, one-element lists or objects', () => {
    expect(
      responsePredictions(
        {
          predictions: [
            1,
            [0],
            { churn_probability: 0.8, label: 1 },
            { score: 0.2 },
          ],
        },
        names,
      ),
    ).toEqual([1, 0, 0.8, 0.2]);
    expect(() =>
      responsePredictions({ predictions: [{ a: 1, b: 2 }] }, names),
    ).toThrow(
      "predictions[0] is an object without the entity's predictionField (churn_probability)",
    );
    expect(() =>
      responsePredictions({ predictions: [[0.2, 0.8]] }, names),
    ).toThrow('predictions[0] is not a scalar');
  });

  it('reads the V2 output named as the prediction field, else the first', () => {
    const outputs = [
      { name: 'label', shape: [2], datatype: 'INT64', data: [1, 0] },
      {
        name: 'churn_probability',
        shape: [2, 1],
        datatype: 'FP32',
        data: [0.9, 0.1],
      },
    ];
    expect(responsePredictions({ outputs }, names)).toEqual([0.9, 0.1]);
    expect(responsePredictions({ outputs }, { features: [] })).toEqual([1, 0]);
    expect(() =>
      responsePredictions(
        {
          outputs: [
            {
              name: 'probs',
              shape: [1, 2],
              datatype: 'FP32',
              data: [0.2, 0.8],
            },
          ],
        },
        names,
      ),
    ).toThrow(
      'outputs probs has shape [1, 2]: one prediction per row is expected',
    );
  });

  it('refuses values that are no scalars and names that would pollute prototypes', () => {
    for (const value of [NaN, Infinity, { a: 1 }, [1]]) {
      expect(() =>
        requestRows({ instances: [{ tenure_months: value }] }, names),
      ).toThrow('instances[0].tenure_months is not a scalar');
    }
    expect(() =>
      requestRows(JSON.parse('{"instances":[{"__proto__":1}]}'), names),
    ).toThrow('instances[0] names a feature "__proto__"');
    expect(() =>
      requestRows(
        {
          inputs: [
            { name: 'a', shape: [2], datatype: 'FP32', data: [1, 2] },
            { name: 'b', shape: [3], datatype: 'FP32', data: [1, 2, 3] },
          ],
        },
        names,
      ),
    ).toThrow(
      'inputs[1] (b) has shape [3]: one value per row of 2 is expected when each input is a feature',
    );
    expect(() =>
      requestRows({ instances: new Array(10_001).fill([1, 2, 'x']) }, names),
    ).toThrow(
      'instances holds 10001 rows, more than the 10000 one event may carry',
    );
  });
});
