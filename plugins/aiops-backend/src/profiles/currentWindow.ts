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
  /**
   * The reference's `comparedFrom` (ISO time), when a promotion set one: traffic older
   * than the window holding it is not compared.
   */
  comparedFrom?: string | null,
): { from: number; to: number } {
  const since = comparedFrom ? Date.parse(comparedFrom) : -Infinity;
  return wholeWindows(
    Math.min(Math.max(now - hours * 3_600_000, since), now),
    now + 1,
    windowMinutes,
  );
}
