import { InputError } from '@backstage/errors';
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
import { GEN_AI, isGenAiSpan, recordOfSpan } from './genAiRecords';
import { SourceStatsStore } from './SourceStatsStore';
import { TokenPrices } from './tokenPrices';

/** The resource attribute naming the span's MLModel outright. */
export const MODEL_REF_ATTRIBUTE = 'aiops.model.ref';

/** How long the index of service names is used before the catalog is read again. */
const INDEX_TTL_MS = 30_000;
/** Rejection reasons listed in the answer at most. */
const MAX_LISTED = 5;

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
 */
export class OtlpTraceIngest {
  private index?: { at: number; byService: Map<string, ModelInfo[]> };

  constructor(
    private readonly options: {
      models: ModelDirectory;
      ingest: IngestService;
      stats: SourceStatsStore;
      maxBatchRecords: number;
      retentionDays: number;
      /** Prices that turn a span's token usage into its record's cost. */
      prices?: TokenPrices;
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
      { model?: ModelInfo; reason: string; featureNames?: Set<string> }
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
          if (found.model) {
            found.featureNames = new Set(found.model.features.map(f => f.name));
          }
          resolved.set(key, found);
        }
        if (!found.model) {
          reject(found.reason);
          continue;
        }
        const record = recordOfSpan(
          span,
          found.featureNames!,
          undefined,
          this.options.prices,
        );
        const issue = timestampIssue(record.timestamp, window);
        if (issue) {
          reject(`a span's end ${issue}`);
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
      for (let i = 0; i < records.length; i += this.options.maxBatchRecords) {
        const chunk = records.slice(i, i + this.options.maxBatchRecords);
        const ids = spans
          .slice(i, i + this.options.maxBatchRecords)
          .map(s => `${s.traceId}:${s.spanId}`);
        await this.options.ingest.ingest({
          modelRef: model.modelRef,
          // the spans' own ids: an exporter's retry of the same spans is a replay
          idempotencyKey: `otlp:${createHash('sha256')
            .update(ids.join(','))
            .digest('hex')}`,
          records: chunk,
          body: JSON.stringify({ records: chunk }),
        });
        accepted += chunk.length;
      }
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

  /** The span's MLModel, or why there is none. */
  private async modelOf(
    resource: OtlpResourceSpans['resource'],
    span: OtlpSpan,
  ): Promise<{ model?: ModelInfo; reason: string }> {
    const ref = resource[MODEL_REF_ATTRIBUTE];
    if (typeof ref === 'string' && ref) {
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
    const service = resource['service.name'];
    if (typeof service !== 'string' || !service) {
      return {
        reason: `the resource has neither ${MODEL_REF_ATTRIBUTE} nor service.name`,
      };
    }
    const candidates = (await this.byService()).get(service) ?? [];
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

  private async byService(): Promise<Map<string, ModelInfo[]>> {
    if (this.index && Date.now() - this.index.at < INDEX_TTL_MS) {
      return this.index.byService;
    }
    const byService = new Map<string, ModelInfo[]>();
    for (const model of await this.options.models.list()) {
      const name =
        model.entity.metadata.annotations?.[OTEL_SERVICE_NAME_ANNOTATION];
      if (name) byService.set(name, [...(byService.get(name) ?? []), model]);
    }
    this.index = { at: Date.now(), byService };
    return byService;
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
