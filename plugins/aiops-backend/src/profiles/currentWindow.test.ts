import { currentWindow } from './currentWindow';

describe('currentWindow', () => {
  const HOUR = 3_600_000;

  it('takes whole windows from the one holding now - hours to the one holding now', () => {
    const now = Date.parse('2026-11-28T12:20:00Z');
    expect(currentWindow(now, 24, 60)).toEqual({
      from: Date.parse('2026-11-27T12:00:00Z'),
      to: Date.parse('2026-11-28T13:00:00Z'),
    });
  });

  it('follows the window length', () => {
    const now = 10 * HOUR + 7 * 60_000;
    expect(currentWindow(now, 1, 15)).toEqual({
      from: 9 * HOUR,
      to: 10 * HOUR + 15 * 60_000,
    });
  });
});
