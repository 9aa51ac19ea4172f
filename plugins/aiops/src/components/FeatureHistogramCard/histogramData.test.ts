import { histogramData } from './histogramData';

describe('histogramData', () => {
  it('turns counts into shares of each side, keeping the counts and bin ranges', () => {
    const bins = histogramData({
      name: 'monthly_charges',
      kind: 'numerical',
      current: null,
      reference: null,
      histogram: {
        labels: ['20.00', '60.00'],
        edges: [20, 60, 100],
        current: [30, 10],
        reference: [100, 300],
      },
    });
    expect(bins).toEqual([
      {
        label: '20',
        range: '20 – 60',
        reference: 0.25,
        current: 0.75,
        referenceCount: 100,
        currentCount: 30,
      },
      {
        label: '60',
        range: '60 – 100',
        reference: 0.75,
        current: 0.25,
        referenceCount: 300,
        currentCount: 10,
      },
    ]);
  });

  it('keeps categories as they are and an empty side at zero', () => {
    const bins = histogramData({
      name: 'contract_type',
      kind: 'categorical',
      current: null,
      reference: null,
      histogram: {
        labels: ['monthly', 'yearly'],
        current: [0, 0],
        reference: [1, 3],
      },
    });
    expect(bins.map(b => [b.label, b.range, b.current, b.reference])).toEqual([
      ['monthly', 'monthly', 0, 0.25],
      ['yearly', 'yearly', 0, 0.75],
    ]);
  });
});
