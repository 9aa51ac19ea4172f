import { windowStartOf } from './BatchFolder';

/**
 * The windows a check compares with the reference, and the Monitoring tab shows by
 * default: every profile window that overlaps the last `hours`, from the one holding
 * `now - hours` to the one holding `now` (whole windows, since profiles cannot be split).
 */
export function currentWindow(
  now: number,
  hours: number,
  windowMinutes: number,
): { from: number; to: number } {
  return {
    from: windowStartOf(now - hours * 3_600_000, windowMinutes),
    to: windowStartOf(now, windowMinutes) + windowMinutes * 60_000,
  };
}
