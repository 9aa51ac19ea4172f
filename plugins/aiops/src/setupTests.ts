import '@testing-library/jest-dom';

/**
 * jsdom lays nothing out, so recharts' ResponsiveContainer measures 0×0 and draws no chart.
 * This ResizeObserver reports a fixed 800×300 box for every observed element.
 */
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback(
      [
        {
          target,
          contentRect: { width: 800, height: 300 },
        } as ResizeObserverEntry,
      ],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver =
  FixedSizeResizeObserver as unknown as typeof ResizeObserver;
