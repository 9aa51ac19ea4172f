import { InputError } from '@backstage/errors';
import { InferenceRecord } from '@unified-aiops/plugin-aiops-common';

/** How far ahead of the server's clock a record's timestamp may be. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** Bad records listed in the message at most; the rest are counted. */
const MAX_LISTED = 20;

/** Times production records may carry: not ahead of `now` by more than the clock skew, not older than `maxAgeMs`. */
export interface TimestampWindow {
  now: number;
  maxAgeMs: number;
}

/** Why a record's timestamp falls outside the window, or undefined. */
export function timestampIssue(
  timestamp: string | undefined,
  window: TimestampWindow,
): string | undefined {
  if (timestamp === undefined) return undefined;
  const time = Date.parse(timestamp);
  if (time > window.now + MAX_CLOCK_SKEW_MS) {
    return `is more than ${
      MAX_CLOCK_SKEW_MS / 60_000
    } minutes ahead of the server's clock`;
  }
  if (time < window.now - window.maxAgeMs) {
    return `is older than the profile retention (${
      window.maxAgeMs / 86_400_000
    } days)`;
  }
  return undefined;
}

/**
 * The rules on a batch that the OpenAPI document cannot state, which validated each
 * record's shape before: at most `maxRecords` records (`settingName` sets it), and with
 * `timestamps`, every timestamp inside that window (outside it, the record's window would
 * be pruned at once, or never). Throws `InputError` naming each bad record's path, so a
 * batch is applied whole or not at all.
 */
export function checkRecords(
  records: InferenceRecord[],
  options: {
    maxRecords: number;
    settingName: string;
    timestamps?: TimestampWindow;
  },
) {
  if (records.length > options.maxRecords) {
    throw new InputError(
      `request/body/records holds ${records.length} records, at most ${options.maxRecords} are accepted (${options.settingName})`,
    );
  }
  const { timestamps } = options;
  if (!timestamps) return;
  const issues: string[] = [];
  records.forEach((record, index) => {
    const issue = timestampIssue(record.timestamp, timestamps);
    if (issue) issues.push(`request/body/records/${index}/timestamp ${issue}`);
  });
  if (issues.length === 0) return;
  const more =
    issues.length > MAX_LISTED
      ? `; and ${issues.length - MAX_LISTED} more`
      : '';
  throw new InputError(
    `${issues.length} of the batch's records ${
      issues.length === 1 ? 'is' : 'are'
    } invalid, nothing was applied: ${issues
      .slice(0, MAX_LISTED)
      .join('; ')}${more}`,
  );
}
