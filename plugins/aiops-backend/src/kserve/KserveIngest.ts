import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  InferenceRecord,
  KSERVE_INFERENCE_SERVICE_ANNOTATION,
} from '@unified-aiops/plugin-aiops-common';
import type { CloudEventV1 } from 'cloudevents';
import { randomUUID } from 'node:crypto';
import { timestampIssue } from '../ingest/checkRecords';
import { IngestService } from '../ingest/IngestService';
import { ModelDirectory, ModelInfo } from '../models/ModelDirectory';
import { SourceStatsStore } from '../otlp/SourceStatsStore';
import {
  FeatureRow,
  PayloadNames,
  requestRows,
  responsePredictions,
} from './inferencePayloads';
import {
  KserveEvent,
  KserveEventKind,
  KserveEventStore,
} from './KserveEventStore';

/** The CloudEvent types KServe's payload logger sends. */
export const KSERVE_EVENT_TYPES: Record<string, KserveEventKind> = {
  'org.kubeflow.serving.inference.request': 'request',
  'org.kubeflow.serving.inference.response': 'response',
};

/** How the source is counted in `GET /v1/ingest/sources`. */
export const KSERVE_SOURCE = 'kserve';

/** Inferences released per pass. */
const RELEASE_PAGE = 500;
/** Folded events are remembered this long, so a redelivery is not folded twice. */
const FOLDED_TTL_MS = 3_600_000;
/** A claim not marked folded this long after its events arrived is folded again. */
const UNFINISHED_AFTER_MS = 5 * 60_000;

/** What one accepted event did. */
export interface KserveAccepted {
  /** Whether it completed its inference's pair, which was folded at once. */
  joined: boolean;
}

function namesOf(model: ModelInfo): PayloadNames {
  return {
    features: model.features.map(feature => feature.name),
    predictionField: model.reading.predictionField,
  };
}

/** The event data as parsed JSON: the SDK parses JSON bodies, anything else is refused. */
function jsonData(event: CloudEventV1<unknown>): unknown {
  const { data } = event;
  if (data === undefined || data === '' || data === null) {
    throw new InputError('The event carries no data');
  }
  if (typeof data === 'string') {
    try {
      return JSON.parse(data);
    } catch {
      throw new InputError(
        'The event data is not JSON (the binary tensor extension is not read)',
      );
    }
  }
  if (data instanceof Uint8Array) {
    throw new InputError(
      'The event data is binary: only JSON bodies are read (the binary tensor extension is not)',
    );
  }
  return data;
}

/**
 * Folds the CloudEvents KServe's payload logger posts into inference records: a
 * request's instances or input tensors become features, its response's predictions or
 * output tensor the predictions, joined by the events' shared id; the time between them
 * is the latency. Every event is stored before it is answered; a pair is folded when its
 * second event arrives, an event whose partner does not come within `joinWaitMs` alone.
 */
export class KserveIngest {
  constructor(
    private readonly options: {
      models: ModelDirectory;
      ingest: IngestService;
      store: KserveEventStore;
      stats: SourceStatsStore;
      joinWaitMs: number;
      maxBatchRecords: number;
      /** Days profiles are kept: an older event would be dropped as soon as folded. */
      retentionDays: number;
    },
  ) {}

  /** Counts a request refused before its events could be read (no CloudEvent at all). */
  async reject(reason: string, now = Date.now()): Promise<void> {
    await this.count({ rejected: 1, at: now, reason });
  }

  /** Validates and stores one event; throws InputError or NotFoundError with the reason. */
  async accept(
    event: CloudEventV1<unknown>,
    now = Date.now(),
  ): Promise<KserveAccepted> {
    try {
      if (!event.type) throw new InputError('The event has no type');
      const kind = KSERVE_EVENT_TYPES[event.type];
      if (!kind) {
        throw new InputError(
          `CloudEvent type "${
            event.type
          }" is not one KServe's payload logger sends (${Object.keys(
            KSERVE_EVENT_TYPES,
          ).join(', ')})`,
        );
      }
      const model = await this.modelOf(event);
      const data = jsonData(event);
      // decoded now, so a payload that cannot fold is refused with its reason
      if (kind === 'request') requestRows(data, namesOf(model));
      else responsePredictions(data, namesOf(model));
      const time = this.timeOf(event, now);
      const { store } = this.options;
      await store.add({
        modelRef: model.modelRef,
        eventId: event.id,
        kind,
        eventTime: time,
        data: JSON.stringify(data),
        receivedAt: now,
      });
      let joined = false;
      if (await store.hasPair(model.modelRef, event.id)) {
        joined = await this.claimAndFold(model.modelRef, event.id, now);
      }
      await this.count({ accepted: 1, at: now });
      return { joined };
    } catch (error) {
      if (error instanceof InputError || error instanceof NotFoundError) {
        await this.count({ rejected: 1, at: now, reason: error.message });
      }
      throw error;
    }
  }

  /**
   * The event's time (epoch ms), null without one; refused when it is no time or lies
   * outside what a record may carry, so a 202 means the inference will be folded.
   */
  private timeOf(event: CloudEventV1<unknown>, now: number): number | null {
    if (event.time === undefined || event.time === '') return null;
    const time = Date.parse(String(event.time));
    if (!Number.isFinite(time)) {
      throw new InputError(
        `The event time "${event.time}" is not an RFC 3339 time`,
      );
    }
    const issue = timestampIssue(new Date(time).toISOString(), {
      now,
      maxAgeMs: this.options.retentionDays * 86_400_000,
    });
    if (issue) throw new InputError(`The event time ${event.time} ${issue}`);
    return time;
  }

  /**
   * Folds the events whose partner did not come within the wait, each alone, and the
   * folds that stopped half-way, again under their claim; forgets folded events after an
   * hour. Answers how many inferences it folded.
   */
  async releaseDue(now = Date.now()): Promise<number> {
    const { store, joinWaitMs } = this.options;
    let folded = 0;
    for (const { claim, events } of await store.unfinished(
      now - UNFINISHED_AFTER_MS,
      RELEASE_PAGE,
    )) {
      await this.fold(claim, events, now);
      folded += 1;
    }
    for (const { modelRef, eventId } of await store.due(
      now - joinWaitMs,
      RELEASE_PAGE,
    )) {
      if (await this.claimAndFold(modelRef, eventId, now)) folded += 1;
    }
    await store.prune(now - FOLDED_TTL_MS);
    return folded;
  }

  private async claimAndFold(modelRef: string, eventId: string, now: number) {
    const claim = `kserve:${randomUUID()}`;
    const events = await this.options.store.claim(modelRef, eventId, claim);
    if (events.length === 0) return false;
    await this.fold(claim, events, now);
    return true;
  }

  /** Ingests the claimed events as records under the claim, then marks them folded. */
  private async fold(claim: string, events: KserveEvent[], now: number) {
    const { models, ingest, store, maxBatchRecords } = this.options;
    const modelRef = events[0].modelRef;
    const model = await models.get(modelRef);
    const request = events.find(e => e.kind === 'request');
    const response = events.find(e => e.kind === 'response');
    let problem: string | undefined;
    if (model) {
      try {
        const records = recordsOf(request, response, namesOf(model), reason => {
          problem = reason;
        });
        for (let i = 0; i < records.length; i += maxBatchRecords) {
          const chunk = records.slice(i, i + maxBatchRecords);
          try {
            await ingest.ingest({
              modelRef,
              idempotencyKey: i === 0 ? claim : `${claim}:${i}`,
              records: chunk,
              body: JSON.stringify({ records: chunk }),
            });
          } catch (error) {
            // stored by a fold that stopped before marking it: the stored batch stands
            if (!(error instanceof ConflictError)) throw error;
          }
        }
      } catch (error) {
        // a payload the entity's spec no longer reads, or outside the retention window
        if (!(error instanceof InputError)) throw error;
        problem = error.message;
      }
    } else {
      problem = `${modelRef} is no longer in the catalog`;
    }
    await store.folded(claim, now);
    if (problem) {
      await this.count({
        rejected: 1,
        at: now,
        reason: `event ${events[0].eventId}: ${problem}`,
      });
    }
  }

  private async count(counts: {
    accepted?: number;
    rejected?: number;
    at: number;
    reason?: string;
  }) {
    await this.options.stats.add(KSERVE_SOURCE, {
      accepted: counts.accepted ?? 0,
      rejected: counts.rejected ?? 0,
      skipped: 0,
      at: counts.at,
      lastRejection: counts.reason ?? null,
    });
  }

  /** The MLModel annotated with the event's InferenceService, or why there is none. */
  private async modelOf(event: CloudEventV1<unknown>): Promise<ModelInfo> {
    const service = event.inferenceservicename;
    const namespace = event.namespace;
    if (typeof service !== 'string' || !service) {
      throw new InputError(
        'The event has no inferenceservicename extension (ce-inferenceservicename)',
      );
    }
    if (typeof namespace !== 'string' || !namespace) {
      throw new InputError(
        'The event has no namespace extension (ce-namespace)',
      );
    }
    const key = `${namespace}/${service}`;
    const models = await this.options.models.withAnnotation(
      KSERVE_INFERENCE_SERVICE_ANNOTATION,
      key,
    );
    if (models.length === 0) {
      throw new NotFoundError(
        `No MLModel is annotated ${KSERVE_INFERENCE_SERVICE_ANNOTATION}: ${key}`,
      );
    }
    if (models.length > 1) {
      throw new InputError(
        `${
          models.length
        } MLModels are annotated ${KSERVE_INFERENCE_SERVICE_ANNOTATION}: ${key} (${models
          .map(m => m.modelRef)
          .join(', ')}); one InferenceService belongs to one model`,
      );
    }
    return models[0];
  }
}

/**
 * The records of an inference: its request's rows with its response's predictions (the
 * counts must agree, else the rows go without), the latency between the two events.
 */
export function recordsOf(
  request: KserveEvent | undefined,
  response: KserveEvent | undefined,
  names: PayloadNames,
  onProblem: (reason: string) => void,
): InferenceRecord[] {
  const rows: FeatureRow[] | undefined = request
    ? requestRows(JSON.parse(request.data), names)
    : undefined;
  let predictions = response
    ? responsePredictions(JSON.parse(response.data), names)
    : undefined;
  if (rows && predictions && rows.length !== predictions.length) {
    onProblem(
      `the response has ${predictions.length} predictions for ${rows.length} request rows: folded without predictions`,
    );
    predictions = undefined;
  }
  const requestTime = request?.eventTime ?? null;
  const responseTime = response?.eventTime ?? null;
  const time = requestTime ?? responseTime ?? (request ?? response)!.receivedAt;
  const latencyMs =
    requestTime !== null && responseTime !== null && responseTime >= requestTime
      ? responseTime - requestTime
      : undefined;
  const count = rows?.length ?? predictions?.length ?? 0;
  return Array.from({ length: count }, (_, i) => ({
    timestamp: new Date(time).toISOString(),
    features: rows?.[i] ?? {},
    ...(predictions ? { prediction: predictions[i] } : {}),
    ...(latencyMs !== undefined && rows && predictions ? { latencyMs } : {}),
  }));
}
