import { InputError } from '@backstage/errors';
import {
  InferenceRecord,
  RecordScalar,
  ReferenceUpdate,
} from '@unified-aiops/plugin-aiops-common';
import { z } from 'zod';

const scalar = z.union([z.number(), z.string(), z.boolean(), z.null()]);
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const nonNegative = finite.refine(v => v >= 0, 'must not be negative');

const isScalar = (value: unknown): value is RecordScalar =>
  value === null ||
  typeof value === 'number' ||
  typeof value === 'string' ||
  typeof value === 'boolean';
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * A map of non-empty names to flat values, checked in one pass with an issue per bad
 * entry. `z.record` parses every key and value through its own schema, which made it
 * most of the ingest CPU time (20 features × thousands of records per batch).
 */
function flatRecord<T>(
  isValue: (value: unknown) => value is T,
  expected: string,
) {
  return z.custom<Record<string, T>>().superRefine((map, ctx) => {
    if (typeof map !== 'object' || map === null || Array.isArray(map)) {
      ctx.addIssue({
        code: 'custom',
        message: 'Invalid input: expected record',
      });
      return;
    }
    for (const key of Object.keys(map)) {
      if (key === '') {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'Invalid key in record: must not be empty',
        });
      } else if (!isValue(map[key])) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `Invalid input: expected ${expected}`,
        });
      }
    }
  });
}

/** One inference record as posted. */
export const inferenceRecordSchema = z.object({
  timestamp: z.iso.datetime({ offset: true }).optional(),
  features: flatRecord(isScalar, 'number, string, boolean or null'),
  prediction: scalar.optional(),
  label: scalar.optional(),
  latencyMs: nonNegative.optional(),
  llm: z
    .object({
      hallucination: z.boolean().optional(),
      judgeScores: flatRecord(isFiniteNumber, 'a finite number').optional(),
      promptTokens: nonNegative.optional(),
      completionTokens: nonNegative.optional(),
    })
    .optional(),
  groups: flatRecord(isString, 'string').optional(),
  costUsd: nonNegative.optional(),
});

/** One problem of one record: its index in the batch, the field path and the reason. */
export interface RecordIssue {
  index: number;
  path: string;
  message: string;
}

/** Bad records in a batch: a 400 whose body lists every issue (`error.issues`), nothing applied. */
export class RecordValidationError extends InputError {
  readonly issues: RecordIssue[];

  constructor(issues: RecordIssue[], total: number) {
    const listed = issues
      .slice(0, 20)
      .map(i => `records[${i.index}].${i.path}: ${i.message}`);
    const more =
      issues.length > listed.length
        ? `; and ${issues.length - listed.length} more`
        : '';
    super(
      `${total} of the batch's records are invalid, nothing was applied: ${listed.join(
        '; ',
      )}${more}`,
    );
    this.issues = issues.slice(0, 1000);
  }
}

const MAX_LISTED_ISSUES = 1000;

/** How far ahead of the server's clock a record's timestamp may be. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** Times production records may carry: not ahead of `now` by more than the clock skew, not older than `maxAgeMs`. */
export interface TimestampWindow {
  now: number;
  maxAgeMs: number;
}

function timestampIssue(
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
 * Validates records one by one; throws `RecordValidationError` listing each bad record's
 * index, field path and reason when any is bad, so a batch is applied whole or not at all.
 * With `timestamps`, a record whose time falls outside that window is bad too (its window
 * would be pruned at once, or never).
 */
export function validateRecords(
  input: unknown,
  maxRecords: number,
  timestamps?: TimestampWindow,
): InferenceRecord[] {
  if (!Array.isArray(input)) throw new InputError('records must be an array');
  if (input.length === 0) throw new InputError('records must not be empty');
  if (input.length > maxRecords) {
    throw new InputError(
      `records holds ${input.length} records, at most ${maxRecords} are accepted`,
    );
  }
  const issues: RecordIssue[] = [];
  let invalid = 0;
  const records = input.map((raw, index) => {
    const parsed = inferenceRecordSchema.safeParse(raw);
    if (parsed.success) {
      const outside =
        timestamps && timestampIssue(parsed.data.timestamp, timestamps);
      if (!outside) return parsed.data as InferenceRecord;
      invalid += 1;
      if (issues.length < MAX_LISTED_ISSUES)
        issues.push({ index, path: 'timestamp', message: outside });
      return undefined;
    }
    invalid += 1;
    for (const issue of parsed.error.issues) {
      if (issues.length >= MAX_LISTED_ISSUES) break;
      issues.push({
        index,
        path: issue.path.length ? issue.path.map(String).join('.') : '(record)',
        message: issue.message,
      });
    }
    return undefined;
  });
  if (invalid > 0) throw new RecordValidationError(issues, invalid);
  return records as InferenceRecord[];
}

/** An idempotency key, in the body or the `Idempotency-Key` header. */
export const idempotencyKeySchema = z.string().min(1).max(200);

/** Envelope of a posted batch; records are validated one by one afterwards. */
export const ingestBodySchema = z.object({
  idempotencyKey: idempotencyKeySchema.optional(),
  records: z.unknown(),
});

/**
 * Body of `PUT .../reference`: training records or a pinned production window. Only the
 * envelope is checked here; `validateRecords` checks the records one by one.
 */
export const referenceBodySchema: z.ZodType<ReferenceUpdate> = z.union([
  z.object({
    records: z.array(z.custom<InferenceRecord>()),
    modelVersion: z.string().min(1).optional(),
  }),
  z.object({
    pinWindow: z.object({
      from: z.iso.datetime({ offset: true }),
      to: z.iso.datetime({ offset: true }),
    }),
    modelVersion: z.string().min(1).optional(),
  }),
]);

/** Parses with a zod schema, turning failures into `InputError` (400) with field paths. */
export function parseInput<T>(
  schema: z.ZodType<T>,
  input: unknown,
  what: string,
): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const reasons = parsed.error.issues.map(
    i => `${i.path.length ? i.path.join('.') : what}: ${i.message}`,
  );
  throw new InputError(`Invalid ${what}: ${reasons.join('; ')}`);
}
