import { profileRecords } from '@unified-aiops/plugin-aiops-common';
import { syntheticRecords } from '../__testUtils__/testBackend';
import { waitingForRecords } from './waitingForRecords';

const reference = profileRecords(syntheticRecords(2000, { seed: 3 }), 0);
const windowOf = (count: number) =>
  profileRecords(syntheticRecords(count, { seed: 5 }), 0);

describe('waitingForRecords', () => {
  it('holds back a check on fewer records than the minimum, saying how many it has', () => {
    expect(
      waitingForRecords({ reference, current: windowOf(240), minimum: 500 }),
    ).toEqual({
      status: 'no-data',
      reason: 'Waiting for records: 240 of 500 in the current window',
      cost: null,
      records: { reference: 2000, current: 240 },
      features: [],
      prediction: null,
      driftedShare: 0,
      datasetDrift: false,
      llm: null,
      bias: null,
      latency: null,
    });
  });

  it('lets a check judge from the minimum on', () => {
    expect(
      waitingForRecords({ reference, current: windowOf(500), minimum: 500 }),
    ).toBeNull();
    expect(
      waitingForRecords({ reference, current: windowOf(0), minimum: 0 }),
    ).toBeNull();
  });

  it('names a missing reference as well', () => {
    expect(
      waitingForRecords({
        reference: null,
        current: windowOf(100),
        minimum: 500,
      })?.reason,
    ).toBe(
      'No reference profile is set; waiting for records: 100 of 500 in the current window',
    );
  });
});
