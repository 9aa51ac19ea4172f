import {
  InferenceRecord,
  costOfUsage,
} from '@unified-aiops/plugin-aiops-common';
import { AttributeValue, Attributes, OtlpSpan } from './decodeTraces';
import { TokenPrices } from './tokenPrices';

const NO_PRICES: TokenPrices = new Map();

/** The GenAI semantic conventions' names this mapping reads. */
export const GEN_AI = {
  operation: 'gen_ai.operation.name',
  provider: 'gen_ai.provider.name',
  /** The name before semantic conventions 1.37 (`gen_ai.provider.name` since). */
  system: 'gen_ai.system',
  requestModel: 'gen_ai.request.model',
  responseModel: 'gen_ai.response.model',
  inputTokens: 'gen_ai.usage.input_tokens',
  outputTokens: 'gen_ai.usage.output_tokens',
  /** Input tokens served from the provider's cache, included in the input tokens. */
  cachedInputTokens: 'gen_ai.usage.cache_read.input_tokens',
  evaluationEvent: 'gen_ai.evaluation.result',
  evaluationName: 'gen_ai.evaluation.name',
  evaluationScore: 'gen_ai.evaluation.score.value',
  evaluationLabel: 'gen_ai.evaluation.score.label',
} as const;

/** The evaluation a span carries (or a log record joined to it reports). */
export interface GenAiEvaluation {
  name: string;
  score?: number;
  label?: string;
}

const text = (value: AttributeValue | undefined) =>
  typeof value === 'string' && value !== '' ? value : undefined;
const count = (value: AttributeValue | undefined) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? value
    : undefined;

/** Whether the span is a GenAI operation (it names `gen_ai.operation.name`). */
export function isGenAiSpan(span: OtlpSpan): boolean {
  return text(span.attributes[GEN_AI.operation]) !== undefined;
}

/** The `gen_ai.evaluation.result` events of a span. */
export function evaluationsOf(span: OtlpSpan): GenAiEvaluation[] {
  return span.events
    .filter(event => event.name === GEN_AI.evaluationEvent)
    .map(event => evaluationOf(event.attributes))
    .filter((e): e is GenAiEvaluation => e !== undefined);
}

/** An evaluation from its attributes (a span event's or a log record's). */
export function evaluationOf(
  attributes: Attributes,
): GenAiEvaluation | undefined {
  const name = text(attributes[GEN_AI.evaluationName]);
  if (!name) return undefined;
  const score = attributes[GEN_AI.evaluationScore];
  return {
    name,
    ...(typeof score === 'number' && Number.isFinite(score) && { score }),
    ...(text(attributes[GEN_AI.evaluationLabel]) && {
      label: text(attributes[GEN_AI.evaluationLabel]),
    }),
  };
}

/** Which span attributes a model reads beyond the GenAI conventions. */
export interface SpanFields {
  /**
   * Attributes taken as features of the same name: the monitored features, and the
   * model's `predictionField` and `labelField`, which the fold reads as its prediction
   * and label.
   */
  features: ReadonlySet<string>;
  /** Attributes taken as bias groups of the same name (`monitoring.bias.groupField`). */
  groups: ReadonlySet<string>;
}

/** The span attributes a model reads, from its monitoring spec. */
export function spanFieldsOf(model: {
  features: ReadonlyArray<{ name: string }>;
  reading: { predictionField?: string; labelField?: string };
  bias?: { groupField: string };
}): SpanFields {
  const { predictionField, labelField } = model.reading;
  return {
    features: new Set(
      [...model.features.map(f => f.name), predictionField, labelField].filter(
        (name): name is string => name !== undefined,
      ),
    ),
    groups: new Set(model.bias ? [model.bias.groupField] : []),
  };
}

const NO_GROUPS: ReadonlySet<string> = new Set();

const isScalar = (value: AttributeValue | undefined) =>
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value));

/**
 * A GenAI span as one inference record: its end is the record's time, its duration the
 * latency, its usage the token counts, its evaluations judge scores by evaluation name
 * (a model's `monitoring.llm.hallucination.judgeField` turns one into the hallucination
 * verdict), and operation, provider, models and error state categorical features; any
 * other scalar span attribute the model reads (`fields.features`: a monitored feature,
 * its prediction or label field) is the feature of that name, and its bias group
 * attribute (`fields.groups`, e.g. `customer_segment`) the record's group. With a price for the span's
 * response (else request) model, its usage is priced as the record's `costUsd`.
 */
export function recordOfSpan(
  span: OtlpSpan,
  fields: SpanFields,
  evaluations: GenAiEvaluation[] = evaluationsOf(span),
  prices: TokenPrices = NO_PRICES,
): InferenceRecord {
  const a = span.attributes;
  const features: InferenceRecord['features'] = {};
  const put = (name: string, value: string | boolean | undefined) => {
    if (value !== undefined) features[name] = value;
  };
  put(GEN_AI.operation, text(a[GEN_AI.operation]));
  put(GEN_AI.provider, text(a[GEN_AI.provider]) ?? text(a[GEN_AI.system]));
  put(GEN_AI.requestModel, text(a[GEN_AI.requestModel]));
  put(GEN_AI.responseModel, text(a[GEN_AI.responseModel]));
  put('error', span.statusCode === 2);
  for (const name of fields.features) {
    const value = a[name];
    if (features[name] === undefined && isScalar(value)) {
      features[name] = value as string | number | boolean;
    }
  }
  let groups: Record<string, string> | undefined;
  for (const name of fields.groups ?? NO_GROUPS) {
    const value = a[name];
    if (isScalar(value)) (groups ??= {})[name] = String(value);
  }
  const judgeScores: Record<string, number> = {};
  const judgeLabels: Record<string, string> = {};
  for (const evaluation of evaluations) {
    if (evaluation.score !== undefined) {
      judgeScores[evaluation.name] = evaluation.score;
    }
    if (evaluation.label !== undefined) {
      judgeLabels[evaluation.name] = evaluation.label.slice(0, 200);
    }
  }
  const promptTokens = count(a[GEN_AI.inputTokens]);
  const completionTokens = count(a[GEN_AI.outputTokens]);
  const llm: NonNullable<InferenceRecord['llm']> = {
    ...(promptTokens !== undefined && { promptTokens }),
    ...(completionTokens !== undefined && { completionTokens }),
    ...(Object.keys(judgeScores).length > 0 && { judgeScores }),
    ...(Object.keys(judgeLabels).length > 0 && { judgeLabels }),
  };
  const price =
    prices.get(text(a[GEN_AI.responseModel]) ?? '') ??
    prices.get(text(a[GEN_AI.requestModel]) ?? '');
  const costUsd =
    price &&
    costOfUsage(price, {
      input: promptTokens,
      output: completionTokens,
      cachedInput: count(a[GEN_AI.cachedInputTokens]),
    });
  return {
    timestamp: new Date(span.endMs || span.startMs).toISOString(),
    features,
    latencyMs: Math.max(0, span.endMs - span.startMs),
    ...(Object.keys(llm).length > 0 && { llm }),
    ...(costUsd !== undefined && { costUsd }),
    ...(groups && { groups }),
  };
}

/**
 * The record with the evaluations that log records reported about its span as judge
 * scores; a log record's score of a name the span's own event also gave wins, being the
 * later word.
 */
export function withEvaluations(
  record: InferenceRecord,
  evaluations: GenAiEvaluation[] | undefined,
): InferenceRecord {
  const scored = (evaluations ?? []).filter(e => e.score !== undefined);
  const labelled = (evaluations ?? []).filter(e => e.label !== undefined);
  if (scored.length + labelled.length === 0) return record;
  const judgeScores = { ...record.llm?.judgeScores };
  for (const { name, score } of scored) judgeScores[name] = score!;
  const judgeLabels = { ...record.llm?.judgeLabels };
  for (const { name, label } of labelled) {
    judgeLabels[name] = label!.slice(0, 200);
  }
  return {
    ...record,
    llm: {
      ...record.llm,
      ...(Object.keys(judgeScores).length > 0 && { judgeScores }),
      ...(Object.keys(judgeLabels).length > 0 && { judgeLabels }),
    },
  };
}
