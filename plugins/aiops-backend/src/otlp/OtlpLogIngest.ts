import { OtlpResourceLogs } from './decodeLogs';
import { GEN_AI, evaluationOf } from './genAiRecords';
import { OtlpJoinStore, SpanEvaluation } from './OtlpJoinStore';
import { MAX_LISTED, OtlpTraceIngest, spanKeyOf } from './OtlpTraceIngest';
import { SourceStatsStore } from './SourceStatsStore';

/** The answer's partial success: log records rejected and why. */
export interface LogIngestResult {
  acceptedLogRecords: number;
  rejectedLogRecords: number;
  /** Log records that are no GenAI evaluation, skipped. */
  skippedLogRecords: number;
  message: string;
}

/** Whether a log record is the GenAI evaluation event, by its event name (or the older `event.name` attribute). */
function isEvaluation(log: OtlpResourceLogs['logRecords'][number]): boolean {
  return (
    log.eventName === GEN_AI.evaluationEvent ||
    log.attributes['event.name'] === GEN_AI.evaluationEvent
  );
}

/**
 * OTLP log exports: the `gen_ai.evaluation.result` events among them (an evaluator's
 * verdict on a GenAI operation, emitted as a log record in the span's context) are stored
 * durably and join their span's record, whichever arrives first, as judge scores by
 * evaluation name. Log records that are no evaluation are skipped and counted; an
 * evaluation is rejected, and named, when it belongs to no span, names no evaluation, its
 * resource belongs to no MLModel, or its span was already folded when it came.
 */
export class OtlpLogIngest {
  constructor(
    private readonly options: {
      traces: OtlpTraceIngest;
      join: OtlpJoinStore;
      stats: SourceStatsStore;
      /** The wait spans get for their evaluations, named when one comes too late. */
      evaluationWaitSeconds: number;
    },
  ) {}

  async ingest(resources: OtlpResourceLogs[]): Promise<LogIngestResult> {
    const now = Date.now();
    const rejections = new Map<string, number>();
    const reject = (reason: string, n = 1) =>
      rejections.set(reason, (rejections.get(reason) ?? 0) + n);
    let skipped = 0;
    const evaluations: SpanEvaluation[] = [];
    for (const { resource, logRecords } of resources) {
      const candidates = logRecords.filter(isEvaluation);
      skipped += logRecords.length - candidates.length;
      if (candidates.length === 0) continue;
      const unknown = await this.options.traces.rejectionOfResource(resource);
      if (unknown) {
        reject(unknown, candidates.length);
        continue;
      }
      for (const log of candidates) {
        if (
          !/^[0-9a-f]{32}$/.test(log.traceId) ||
          !/^[0-9a-f]{16}$/.test(log.spanId)
        ) {
          reject(
            'an evaluation without the trace and span ids of the span it judges',
          );
          continue;
        }
        const evaluation = evaluationOf(log.attributes);
        if (!evaluation) {
          reject(`an evaluation without ${GEN_AI.evaluationName}`);
          continue;
        }
        evaluations.push({ ...evaluation, spanKey: spanKeyOf(log) });
      }
    }
    // An evaluation of a span already folded cannot change its record any more.
    const spans = await this.options.join.spansAmong([
      ...new Set(evaluations.map(e => e.spanKey)),
    ]);
    const joinable = evaluations.filter(e => {
      if (typeof spans.get(e.spanKey) !== 'number') return true;
      reject(
        `its span was folded before the evaluation came (aiops.otlp.evaluationWaitSeconds: ${this.options.evaluationWaitSeconds})`,
      );
      return false;
    });
    await this.options.join.addEvaluations(joinable, now);

    const rejected = [...rejections.values()].reduce((a, b) => a + b, 0);
    const reasons = [...rejections.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(
        ([reason, n]) =>
          `${n} ${n === 1 ? 'log record' : 'log records'}: ${reason}`,
      );
    const message = [
      ...reasons.slice(0, MAX_LISTED),
      ...(reasons.length > MAX_LISTED
        ? [`and ${reasons.length - MAX_LISTED} more reasons`]
        : []),
      ...(skipped > 0
        ? [
            `${skipped} ${
              skipped === 1 ? 'log record is' : 'log records are'
            } no ${GEN_AI.evaluationEvent} event and skipped`,
          ]
        : []),
    ].join('; ');
    await this.options.stats.add('otlp-logs', {
      accepted: joinable.length,
      rejected,
      skipped,
      at: now,
      lastRejection: reasons[0] ?? null,
    });
    return {
      acceptedLogRecords: joinable.length,
      rejectedLogRecords: rejected,
      skippedLogRecords: skipped,
      message,
    };
  }
}
