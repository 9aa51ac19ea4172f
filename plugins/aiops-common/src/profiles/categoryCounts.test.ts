import {
  addCategory,
  createCategoryCounts,
  mergeCategoryCounts,
} from './categoryCounts';

describe('categoryCounts', () => {
  it('keeps the most frequent categories and sums the rest in other', () => {
    const counts = createCategoryCounts(3);
    for (let i = 0; i < 1000; i++)
      addCategory(counts, `c${i % 10}`, i % 10 < 3 ? 10 : 1);
    const merged = mergeCategoryCounts(counts, createCategoryCounts(3));
    expect(Object.keys(merged.counts).sort()).toEqual(['c0', 'c1', 'c2']);
    expect(merged.counts.c0).toBe(1000);
    expect(merged.other).toBe(700);
    expect(Object.keys(counts.counts).length).toBeLessThanOrEqual(6);
  });

  it('adds counts of both sides', () => {
    const a = createCategoryCounts(5);
    const b = createCategoryCounts(5);
    addCategory(a, 'x');
    addCategory(b, 'x', 2);
    addCategory(b, 'y');
    expect(mergeCategoryCounts(a, b)).toEqual({
      max: 5,
      counts: { x: 3, y: 1 },
      other: 0,
    });
  });
});
