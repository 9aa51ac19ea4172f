import { currentWindow, wholeWindows } from './currentWindow';

describe('currentWindow', () => {
  const HOUR = 3_600_000;

  it('takes whole windows from the one holding now - hours to the one holding now', () => {
    const now = Date.parse('2026-11-28T12:20:00Z');
    expect(currentWindow(now, 24, 60)).toEqual({
      from: Date.parse('2026-11-27T12:00:00Z'),
      to: Date.parse('2026-11-28T13:00:00Z'),
    });
  });

  it('starts no earlier than the window holding a promoted reference’s comparedFrom', () => {
    const now = Date.parse('2026-11-28T12:20:00Z');
    expect(currentWindow(now, 24, 60, '2026-11-28T10:40:00Z')).toEqual({
      from: Date.parse('2026-11-28T10:00:00Z'),
      to: Date.parse('2026-11-28T13:00:00Z'),
    });
    // older than the check window: the check window
    expect(currentWindow(now, 24, 60, '2026-11-01T00:00:00Z').from).toBe(
      Date.parse('2026-11-27T12:00:00Z'),
    );
    // a clock ahead of now never leaves the check without its current window
    expect(currentWindow(now, 24, 60, '2026-11-29T00:00:00Z').from).toBe(
      Date.parse('2026-11-28T12:00:00Z'),
    );
  });

  it('follows the window length', () => {
    const now = 10 * HOUR + 7 * 60_000;
    expect(currentWindow(now, 1, 15)).toEqual({
      from: 9 * HOUR,
      to: 10 * HOUR + 15 * 60_000,
    });
  });
});

describe('wholeWindows', () => {
  const MINUTE = 60_000;

  it('widens a range to every window it touches', () => {
    expect(wholeWindows(70 * MINUTE, 100 * MINUTE, 60)).toEqual({
      from: 60 * MINUTE,
      to: 120 * MINUTE,
    });
  });

  it('keeps a range already on window bounds', () => {
    expect(wholeWindows(60 * MINUTE, 120 * MINUTE, 60)).toEqual({
      from: 60 * MINUTE,
      to: 120 * MINUTE,
    });
    expect(wholeWindows(15 * MINUTE, 16 * MINUTE, 15)).toEqual({
      from: 15 * MINUTE,
      to: 30 * MINUTE,
    });
  });
});
