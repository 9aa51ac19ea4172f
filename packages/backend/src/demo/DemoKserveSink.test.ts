import { inferenceOfRecords } from './DemoKserveSink';
import { demoModels } from './demoModels';
import { seededRandom } from './random';

const demand = demoModels.find(model => model.name === 'demand-forecast')!;

describe('the demo KServe logger', () => {
  it('turns records into a V2 request of one tensor per feature and a response of the predictions', () => {
    const random = seededRandom(3);
    const records = [demand.record(random, false), demand.record(random, true)];
    const { request, response, latencyMs } = inferenceOfRecords(
      demand,
      records,
    );
    const byName = Object.fromEntries(request.inputs.map(t => [t.name, t]));
    expect(Object.keys(byName).sort()).toEqual(
      Object.keys(records[0].features).sort(),
    );
    expect(byName.temperature).toEqual({
      name: 'temperature',
      shape: [2],
      datatype: 'FP64',
      data: records.map(r => r.features.temperature),
    });
    expect(byName.store_region.datatype).toBe('BYTES');
    expect(response.outputs).toEqual([
      {
        name: 'predicted_units',
        shape: [2],
        datatype: 'FP64',
        data: records.map(r => r.prediction),
      },
    ]);
    expect(latencyMs).toBeCloseTo(
      ((records[0].latencyMs ?? 0) + (records[1].latencyMs ?? 0)) / 2,
      9,
    );
  });
});
