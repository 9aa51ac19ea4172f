import { windowStartOf } from './BatchFolder';

/**
 * The bounds of the profile windows that overlap [from, to): profiles cannot be split, so
 * a range covers every window it touches, whole.
 */
export function wholeWindows(
  from: number,
  to: number,
  windowMinutes: number,
): { from: number; to: number } {
  return {
    from: windowStartOf(from, windowMinutes),
    to: windowStartOf(to - 1, windowMinutes) + windowMinutes * 60_000,
  };
}

/**
 * The windows a check compares with the reference, and the Monitoring tab shows by
 * default: every profile window that overlaps the last `hours`, from the one holding
 * `now - hours` to the one holding `now`.
 */
export function currentWindow(
  now: number,
  hours: number,
  windowMinutes: number,
): { from: number; to: number } {
  return wholeWindows(now - hours * 3_600_000, now + 1, windowMinutes);
}
