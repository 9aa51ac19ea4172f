import { ConflictError, InputError } from '@backstage/errors';
import {
  GENAI_MODEL_ANNOTATION,
  InferenceRecord,
  OTEL_SERVICE_NAME_ANNOTATION,
  normalizeEntityRef,
} from '@unified-aiops/plugin-aiops-common';
import { createHash } from 'node:crypto';
import { IngestService } from '../ingest/IngestService';
import { TimestampWindow, timestampIssue } from '../ingest/checkRecords';
import { ModelDirectory, ModelInfo } from '../models/ModelDirectory';
import { OtlpResourceSpans, OtlpSpan } from './decodeTraces';
import {
  GEN_AI,
  isGenAiSpan,
  SpanFields,
  recordOfSpan,
  spanFieldsOf,
  withEvaluations,
} from './genAiRecords';
import { HeldSpan, OtlpJoinStore } from './OtlpJoinStore';
import { SourceStatsStore } from './SourceStatsStore';
import { TokenPrices } from './tokenPrices';

/** The resource attribute naming the span's MLModel outright. */
export const MODEL_REF_ATTRIBUTE = 'aiops.model.ref';

/** Rejection reasons listed in the answer at most. */
export const MAX_LISTED = 5;
/** Held spans one release reads at a time, and the most passes of one release. */
const RELEASE_PAGE = 5_000;
const RELEASE_PASSES = 20;
/** How long a released span is remembered: a retry or a late evaluation is told from new. */
const RELEASED_TTL_MS = 3_600_000;
/** How long an evaluation waits for a span that never comes. */
const EVALUATION_TTL_MS = 86_400_000;

/** The idempotency key of the batch holding these spans: their ids, hashed. */
function batchKeyOf(spanKeys: string[]): string {
  return `otlp:${createHash('sha256')
    .update(spanKeys.join(','))
    .digest('hex')}`;
}

/** `<trace id>:<span id>`: how spans and the evaluations of them are joined. */
export const spanKeyOf = (span: { traceId: string; spanId: string }) =>
  `${span.traceId}:${span.spanId}`;

/** The answer's partial success: spans rejected and why. */
export interface TraceIngestResult {
  acceptedSpans: number;
  rejectedSpans: number;
  /** Spans that are not GenAI operations (no `gen_ai.operation.name`), skipped. */
  skippedSpans: number;
  message: string;
}

/**
 * OTLP trace exports from GenAI applications, folded as inference records of the MLModel
 * each span belongs to: the resource attribute `aiops.model.ref` names it, else the
 * model whose `aiops.dev/otel-service-name` annotation is the resource's `service.name`
 * (and, where a service has several, whose `aiops.dev/genai-model` is the span's
 * `gen_ai.request.model`). Each model's records are one batch through record ingest,
 * durable before the answer, keyed by the spans' ids so a retried export is a replay.
 * Spans of no known model, or too old or ahead of the clock, are rejected and named;
 * every export is counted in the source's figures.
 *
 * Evaluations that OTLP log records report about a span (see `OtlpLogIngest`) join its
 * record: with `evaluationWaitMs` above 0 each span's record is held that long in the
 * database (durable, so the 200 still means stored) and then released with the
 * evaluations that arrived meanwhile; with 0 it is folded at once with those that came
 * before it.
 */
/**
 * Whether a span's record waits for evaluations that log records may report: not when it
 * carries, as a span event, the evaluation its model judges hallucinations by
 * (`monitoring.llm.hallucination.judgeField`), or, for a model that names no judge, any
 * evaluation: its evaluator reports inline, and holding it would only cost a write.
 */
export function awaitsEvaluation(
  span: OtlpSpan,
  model: Pick<ModelInfo, 'reading'>,
): boolean {
  const judge = model.reading.hallucinationJudge?.field;
  return !span.events.some(
    event =>
      event.name === GEN_AI.evaluationEvent &&
      (judge === undefined ||
        event.attributes[GEN_AI.evaluationName] === judge),
  );
}

export class OtlpTraceIngest {
  constructor(
    private readonly options: {
      models: ModelDirectory;
      ingest: IngestService;
      stats: SourceStatsStore;
      maxBatchRecords: number;
      retentionDays: number;
      /** Prices that turn a span's token usage into its record's cost. */
      prices?: TokenPrices;
      join: OtlpJoinStore;
      /** How long a span waits for evaluations from log records before it is folded. */
      evaluationWaitMs: number;
    },
  ) {}

  async ingest(resources: OtlpResourceSpans[]): Promise<TraceIngestResult> {
    const now = Date.now();
    const window: TimestampWindow = {
      now,
      maxAgeMs: this.options.retentionDays * 86_400_000,
    };
    const byModel = new Map<
      string,
      { model: ModelInfo; spans: OtlpSpan[]; records: InferenceRecord[] }
    >();
    const rejections = new Map<string, number>();
    const reject = (reason: string) =>
      rejections.set(reason, (rejections.get(reason) ?? 0) + 1);
    let skipped = 0;
    // One look-up per resource and requested model, not per span.
    const resolved = new Map<
      string,
      { model?: ModelInfo; reason: string; fields?: SpanFields }
    >();
    for (const { resource, spans } of resources) {
      const resourceKey = `${resource[MODEL_REF_ATTRIBUTE]}|${resource['service.name']}`;
      for (const span of spans) {
        if (!isGenAiSpan(span)) {
          skipped++;
          continue;
        }
        const key = `${resourceKey}|${span.attributes[GEN_AI.requestModel]}`;
        let found = resolved.get(key);
        if (!found) {
          found = await this.modelOf(resource, span);
          if (found.model) found.fields = spanFieldsOf(found.model);
          resolved.set(key, found);
        }
        if (!found.model) {
          reject(found.reason);
          continue;
        }
        const record = recordOfSpan(
          span,
          found.fields!,
          undefined,
          this.options.prices,
        );
        const issue = timestampIssue(record.timestamp, window);
        if (issue) {
          reject(`a span's end ${issue}`);
          continue;
        }
        // its latency would be negative: a broken clock or exporter, not a fast call
        if (span.endMs < span.startMs) {
          reject("a span's end is before its start");
          continue;
        }
        const group = byModel.get(found.model.modelRef) ?? {
          model: found.model,
          spans: [],
          records: [],
        };
        group.spans.push(span);
        group.records.push(record);
        byModel.set(found.model.modelRef, group);
      }
    }
    let accepted = 0;
    for (const { model, spans, records } of byModel.values()) {
      accepted += await this.fold(model, spans, records, now);
    }
    const rejected = [...rejections.values()].reduce((a, b) => a + b, 0);
    const reasons = [...rejections.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([reason, n]) => `${n} ${n === 1 ? 'span' : 'spans'}: ${reason}`);
    const message = [
      ...reasons.slice(0, MAX_LISTED),
      ...(reasons.length > MAX_LISTED
        ? [`and ${reasons.length - MAX_LISTED} more reasons`]
        : []),
      ...(skipped > 0
        ? [
            `${skipped} ${
              skipped === 1 ? 'span is' : 'spans are'
            } no GenAI operation (no ${GEN_AI.operation}) and skipped`,
          ]
        : []),
    ].join('; ');
    await this.options.stats.add('otlp-traces', {
      accepted,
      rejected,
      skipped,
      at: now,
      lastRejection: reasons[0] ?? null,
    });
    return {
      acceptedSpans: accepted,
      rejectedSpans: rejected,
      skippedSpans: skipped,
      message,
    };
  }

  /**
   * Holds the records of the spans that wait for their evaluations (see
   * {@link awaitsEvaluation}), and ingests the others now with the evaluations already
   * received; answers how many were stored.
   */
  private async fold(
    model: ModelInfo,
    spans: OtlpSpan[],
    records: InferenceRecord[],
    now: number,
  ): Promise<number> {
    const { join, evaluationWaitMs } = this.options;
    if (evaluationWaitMs <= 0) {
      return this.foldNow(model.modelRef, spans.map(spanKeyOf), records);
    }
    const held: HeldSpan[] = [];
    const nowKeys: string[] = [];
    const nowRecords: InferenceRecord[] = [];
    spans.forEach((span, i) => {
      if (awaitsEvaluation(span, model)) {
        held.push({
          spanKey: spanKeyOf(span),
          modelRef: model.modelRef,
          record: records[i],
        });
      } else {
        nowKeys.push(spanKeyOf(span));
        nowRecords.push(records[i]);
      }
    });
    if (held.length) await join.hold(held, now + evaluationWaitMs);
    if (nowRecords.length) {
      await this.foldNow(model.modelRef, nowKeys, nowRecords);
    }
    return records.length;
  }

  /** Ingests the spans' records now, with the evaluations already received for them. */
  private async foldNow(
    modelRef: string,
    keys: string[],
    records: InferenceRecord[],
  ): Promise<number> {
    const { join, maxBatchRecords } = this.options;
    const evaluations = await join.evaluationsOf(keys);
    const joined = records.map((record, i) =>
      withEvaluations(record, evaluations.get(keys[i])),
    );
    for (let i = 0; i < joined.length; i += maxBatchRecords) {
      const chunk = joined.slice(i, i + maxBatchRecords);
      await this.options.ingest.ingest({
        modelRef,
        // the spans' own ids: an exporter's retry of the same spans is a replay
        idempotencyKey: batchKeyOf(keys.slice(i, i + maxBatchRecords)),
        records: chunk,
        body: JSON.stringify({ records: chunk }),
      });
    }
    if (evaluations.size > 0)
      await join.removeEvaluations([...evaluations.keys()]);
    return joined.length;
  }

  /**
   * Folds the held spans whose wait is over, each with the evaluations that arrived for
   * it, as record batches keyed by their span ids (a release that stopped half-way is
   * finished by the next as a replay); forgets released spans after an hour and
   * evaluations that found no span after a day. Answers how many spans it released.
   */
  async releaseDue(now = Date.now()): Promise<number> {
    const { join } = this.options;
    let released = 0;
    for (let pass = 0; pass < RELEASE_PASSES; pass++) {
      const claims = await join.claimDue({
        now,
        limit: RELEASE_PAGE,
        maxPerClaim: this.options.maxBatchRecords,
        claimOf: batchKeyOf,
      });
      if (claims.length === 0) break;
      for (const { claim, modelRef, spans } of claims) {
        const keys = spans.map(s => s.spanKey);
        const evaluations = await join.evaluationsOf(keys);
        const records = spans.map(s =>
          withEvaluations(s.record, evaluations.get(s.spanKey)),
        );
        try {
          await this.options.ingest.ingest({
            modelRef,
            idempotencyKey: claim,
            records,
            body: JSON.stringify({ records }),
          });
        } catch (error) {
          // stored by a release that stopped before marking it, since joined by another
          // evaluation: the stored batch stands
          if (!(error instanceof ConflictError)) throw error;
        }
        await join.released(claim, now);
        if (evaluations.size > 0) {
          await join.removeEvaluations([...evaluations.keys()]);
        }
        released += spans.length;
      }
    }
    await join.prune({
      now,
      releasedTtlMs: RELEASED_TTL_MS,
      evaluationTtlMs: EVALUATION_TTL_MS,
    });
    return released;
  }

  /**
   * Why telemetry from this resource can belong to no MLModel (an `aiops.model.ref` of
   * no model, a `service.name` no model is annotated with, or neither), else undefined.
   */
  async rejectionOfResource(
    resource: OtlpResourceSpans['resource'],
  ): Promise<string | undefined> {
    const ref = resource[MODEL_REF_ATTRIBUTE];
    if (typeof ref === 'string' && ref) {
      return (await this.modelOfRef(ref)).reason || undefined;
    }
    const service = resource['service.name'];
    if (typeof service !== 'string' || !service) {
      return `the resource has neither ${MODEL_REF_ATTRIBUTE} nor service.name`;
    }
    return (await this.modelsOfService(service)).length
      ? undefined
      : `no MLModel annotated ${OTEL_SERVICE_NAME_ANNOTATION}: "${service}"`;
  }

  /** The span's MLModel, or why there is none. */
  private async modelOf(
    resource: OtlpResourceSpans['resource'],
    span: OtlpSpan,
  ): Promise<{ model?: ModelInfo; reason: string }> {
    const ref = resource[MODEL_REF_ATTRIBUTE];
    if (typeof ref === 'string' && ref) return this.modelOfRef(ref);
    const service = resource['service.name'];
    if (typeof service !== 'string' || !service) {
      return {
        reason: `the resource has neither ${MODEL_REF_ATTRIBUTE} nor service.name`,
      };
    }
    const candidates = await this.modelsOfService(service);
    const requested = span.attributes[GEN_AI.requestModel];
    const exact = candidates.filter(
      m =>
        m.entity.metadata.annotations?.[GENAI_MODEL_ANNOTATION] === requested,
    );
    const general = candidates.filter(
      m => !m.entity.metadata.annotations?.[GENAI_MODEL_ANNOTATION],
    );
    const model = exact[0] ?? (general.length === 1 ? general[0] : undefined);
    if (model) return { model, reason: '' };
    return {
      reason: candidates.length
        ? `service.name "${service}" has ${candidates.length} MLModels and none whose ${GENAI_MODEL_ANNOTATION} is "${requested}"`
        : `no MLModel annotated ${OTEL_SERVICE_NAME_ANNOTATION}: "${service}"`,
    };
  }

  /** The MLModel an `aiops.model.ref` names, or why there is none. */
  private async modelOfRef(
    ref: string,
  ): Promise<{ model?: ModelInfo; reason: string }> {
    let normalized: string;
    try {
      normalized = normalizeEntityRef(ref, { defaultKind: 'MLModel' });
    } catch {
      return { reason: `${MODEL_REF_ATTRIBUTE} "${ref}" is no entity ref` };
    }
    const model = await this.options.models.get(normalized);
    return model
      ? { model, reason: '' }
      : { reason: `no MLModel ${normalized} (${MODEL_REF_ATTRIBUTE})` };
  }

  private modelsOfService(service: string): Promise<ModelInfo[]> {
    return this.options.models.withAnnotation(
      OTEL_SERVICE_NAME_ANNOTATION,
      service,
    );
  }
}

/** Throws unless the content type is one OTLP/HTTP uses; answers which encoding. */
export function otlpEncoding(contentType: string | undefined) {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/x-protobuf' || type === 'application/protobuf') {
    return 'protobuf' as const;
  }
  if (type === 'application/json') return 'json' as const;
  throw new InputError(
    `Content-Type ${
      contentType ?? '(none)'
    } is not OTLP/HTTP's: application/x-protobuf or application/json`,
  );
}
