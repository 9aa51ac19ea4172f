import { Entity } from '@backstage/catalog-model';
import { z } from 'zod';
import { retrainingTriggerSchema } from '../retraining/retrainingTrigger';
import { validationRulesSchema } from '../retraining/validateChallenger';
import {
  AIOPS_API_VERSION,
  MLMODEL_KIND,
  PROMETHEUS_RESOURCE_SELECTOR_ANNOTATION,
  PROMETHEUS_SELECTOR_ANNOTATION,
  KSERVE_INFERENCE_SERVICE_ANNOTATION,
} from './constants';
import { entityMetadataSchema, entityRefSchema } from './entityRefSchema';
import { AiopsEntity, isAiopsKind } from './entityRefs';

/** What a model does. */
export const MODEL_TYPES = [
  'classification',
  'regression',
  'ranking',
  'llm',
  'embedding',
  'other',
] as const;

/** EU AI Act risk tiers. */
export const RISK_TIERS = [
  'minimal',
  'limited',
  'high',
  'unacceptable',
] as const;

/** How sensitive the data a model reads is, as an organisation classifies its data. */
export const DATA_CLASSIFICATIONS = [
  'public',
  'internal',
  'confidential',
  'restricted',
] as const;

/** Kind of a monitored input feature. */
export const FEATURE_KINDS = ['numerical', 'categorical', 'text'] as const;

/** Drift tests a feature may pin instead of the automatic choice. */
export const DRIFT_TESTS = [
  'ks',
  'wasserstein',
  'psi',
  'jensenshannon',
  'chisquare',
  'z',
] as const;

/** Tests on ordered values, which a categorical feature cannot take. */
const NUMERICAL_ONLY_TESTS: ReadonlySet<string> = new Set([
  'ks',
  'wasserstein',
]);

/** One monitored input feature. */
export const monitoredFeatureSchema = z
  .object({
    name: z.string().min(1),
    kind: z.enum(FEATURE_KINDS),
    test: z.enum(DRIFT_TESTS).optional(),
    threshold: z.number().positive().optional(),
  })
  .strict()
  .superRefine((feature, ctx) => {
    if (
      feature.kind === 'categorical' &&
      feature.test &&
      NUMERICAL_ONLY_TESTS.has(feature.test)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['test'],
        message: `The '${feature.test}' test needs ordered numbers; a categorical feature takes chisquare, z, jensenshannon or psi`,
      });
    }
  });

/**
 * The hallucination-rate check: on (`true`, the default) or off (`false`) for records that
 * carry a verdict (`llm.hallucination`), or a judge that gives the verdict of records that
 * carry none: its label in `labels`, or else its score below `threshold`, counts as a
 * hallucination.
 */
const hallucinationSchema = z.union([
  z.boolean(),
  z
    .object({
      judgeField: z
        .string()
        .min(1)
        .describe(
          'Name of the judge score (records: llm.judgeScores) that gives the verdict, e.g. faithfulness',
        ),
      threshold: z
        .number()
        .min(0)
        .max(1)
        .optional()
        .describe('A score below it counts as a hallucination; default 0.5'),
      labels: z
        .array(z.string().min(1).max(200))
        .min(1)
        .max(50)
        .optional()
        .describe(
          'Judge labels (records: llm.judgeLabels; OTLP: gen_ai.evaluation.score.label) that count as a hallucination, e.g. [ungrounded]; a record with a label is judged by it, one with only a score by the threshold',
        ),
    })
    .strict(),
]);

const biasSchema = z
  .object({
    groupField: z
      .string()
      .min(1)
      .describe(
        'Group attribute (records: groups; OTLP: the span attribute of this name) the selection rates are compared across',
      ),
    minDisparateImpact: z.number().min(0).max(1).optional(),
    maxParityDifference: z.number().min(0).max(1).optional(),
    maxEqualizedOddsDifference: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(
        'Largest equalized-odds difference (spread of the true- or false-positive rate across groups, from records with a binary label) before it counts as bias; without it the difference is reported, not judged',
      ),
  })
  .strict();

/** LLM quality signals to watch. */
export const llmMonitoringSchema = z
  .object({
    hallucination: hallucinationSchema.optional(),
    bias: biasSchema.optional(),
  })
  .strict();

/** Per-model overrides of the fleet-wide check thresholds. */
export const monitoringThresholdsSchema = z
  .object({
    datasetDriftShare: z.number().min(0).max(1).optional(),
    pValue: z.number().gt(0).lt(1).optional(),
    distance: z.number().positive().optional(),
    psi: z.number().positive().optional(),
    predictionDrift: z.number().positive().optional(),
    hallucinationRateIncrease: z.number().min(0).max(1).optional(),
  })
  .strict();

/** What the monitoring loop watches for a model. */
export const modelMonitoringSchema = z
  .object({
    features: z.array(monitoredFeatureSchema).optional(),
    predictionField: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Name of the model's output in flat records: a record without `prediction` that carries this feature has it taken as its prediction (and not profiled as a feature)",
      ),
    labelField: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Name of the ground truth in flat records: a record without `label` that carries this feature has it taken as its label (and not profiled as a feature)',
      ),
    llm: llmMonitoringSchema.optional(),
    bias: biasSchema
      .optional()
      .describe(
        'Group fairness of the decisions, for any model type (the same as llm.bias, which an LLM application may use instead)',
      ),
    latencySloMs: z.number().positive().optional(),
    maxErrorRate: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(
        'Highest share of failed requests, as the Prometheus source reads it (its errorRate query), before a check warns; without it the error rate is reported, not judged',
      ),
    checkIntervalMinutes: z.number().int().positive().optional(),
    windowHours: z
      .number()
      .positive()
      .optional()
      .describe(
        'Hours of traffic a check compares with the reference; aiops.checks.currentWindowHours when unset',
      ),
    profileWindowMinutes: z
      .number()
      .int()
      .min(1)
      .max(1440)
      .optional()
      .describe(
        'Length of one profile window in minutes, the finest time step of charts and pinned references; aiops.profiles.windowMinutes when unset',
      ),
    minRecords: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        'Fewest records the current window must hold before a check judges; aiops.checks.minCurrentRecords when unset',
      ),
    thresholds: monitoringThresholdsSchema.optional(),
  })
  .strict()
  .refine(monitoring => !(monitoring.bias && monitoring.llm?.bias), {
    message: 'set bias or llm.bias, not both: they are the same check',
    path: ['bias'],
  });

/** Where the model's versions live. */
export const modelRegistrySchema = z
  .object({
    type: z.literal('mlflow'),
    modelName: z.string().min(1),
    aliases: z.record(z.string(), z.string()).optional(),
    latestVersions: z
      .array(
        z
          .object({
            version: z.string().min(1),
            status: z.string().optional(),
            stage: z.string().optional(),
            runId: z.string().optional(),
            createdAt: z.string().optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

/** How the closed loop retrains the model, over `aiops.retraining.*`. */
export const modelRetrainingSchema = z
  .object({
    trigger: retrainingTriggerSchema
      .optional()
      .describe(
        'When drift starts a run; each field set overrides aiops.retraining.trigger',
      ),
    validation: validationRulesSchema
      .optional()
      .describe(
        'How the challenger must compare with the champion; replaces aiops.retraining.validation',
      ),
    promotion: z
      .object({
        webhook: z
          .string()
          .min(1)
          .describe(
            'A receiver named in aiops.retraining.promotion.webhooks, told of each promotion and rollback',
          ),
      })
      .strict()
      .optional()
      .describe('Where a promotion goes besides spec.registry'),
  })
  .strict();

/** spec of an MLModel entity. */
export const mlModelSpecSchema = z
  .object({
    type: z.enum(MODEL_TYPES),
    lifecycle: z.string().min(1),
    owner: entityRefSchema('Group'),
    system: entityRefSchema('System').optional(),
    riskTier: z.enum(RISK_TIERS),
    dataClassification: z
      .enum(DATA_CLASSIFICATIONS)
      .optional()
      .describe('How sensitive the data the model reads is'),
    trainedBy: entityRefSchema('MLPipeline').optional(),
    servedBy: z.array(entityRefSchema('Component')).optional(),
    dependsOn: z.array(entityRefSchema('Resource')).optional(),
    monitoring: modelMonitoringSchema.optional(),
    registry: modelRegistrySchema.optional(),
    retraining: modelRetrainingSchema.optional(),
  })
  .strict();

/**
 * PromQL label matchers without the braces (`name="value"`, `!=`, `=~`, `!~`, comma
 * separated): what a Prometheus selector annotation may hold. Nothing else gets into a
 * query, so an entity cannot change what the query computes, only which series it reads.
 */
export const LABEL_MATCHERS_PATTERN =
  /^\s*[a-zA-Z_][a-zA-Z0-9_]*\s*(?:=~|!~|!=|=)\s*"(?:[^"\\\n]|\\.)*"\s*(?:,\s*[a-zA-Z_][a-zA-Z0-9_]*\s*(?:=~|!~|!=|=)\s*"(?:[^"\\\n]|\\.)*"\s*)*,?\s*$/;

const labelMatchersSchema = z.string().max(1000).regex(LABEL_MATCHERS_PATTERN, {
  message:
    'Expected PromQL label matchers without braces, e.g. service_name="churn" or namespace="ml",pod=~"churn-.*"',
});

/** A Kubernetes namespace and resource name (DNS labels), as `<namespace>/<name>`. */
export const KUBERNETES_OBJECT_PATTERN =
  /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\/[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** The annotations the plugin reads and checks; any other annotation is the catalog's. */
const mlModelMetadataSchema = entityMetadataSchema.extend({
  annotations: z
    .looseObject({
      [PROMETHEUS_SELECTOR_ANNOTATION]: labelMatchersSchema.optional(),
      [PROMETHEUS_RESOURCE_SELECTOR_ANNOTATION]: labelMatchersSchema.optional(),
      [KSERVE_INFERENCE_SERVICE_ANNOTATION]: z
        .string()
        .regex(KUBERNETES_OBJECT_PATTERN, {
          message:
            'Expected <namespace>/<name> of a KServe InferenceService, e.g. ml/churn-classifier',
        })
        .optional(),
    })
    .optional(),
});

/** A whole MLModel entity. */
export const mlModelEntitySchema = z
  .looseObject({
    apiVersion: z.literal(AIOPS_API_VERSION),
    kind: z.literal(MLMODEL_KIND),
    metadata: mlModelMetadataSchema,
    spec: mlModelSpecSchema,
  })
  .meta({
    title: 'MLModel',
    description: 'A deployed ML model or LLM application (aiops.dev/v1alpha1)',
  });

/** Model type. */
export type ModelType = (typeof MODEL_TYPES)[number];
/** EU AI Act risk tier. */
export type RiskTier = (typeof RISK_TIERS)[number];
/** Kind of a monitored feature. */
export type FeatureKind = (typeof FEATURE_KINDS)[number];
/** Drift test name. */
export type DriftTest = (typeof DRIFT_TESTS)[number];
/** One monitored input feature. */
export type MonitoredFeature = z.infer<typeof monitoredFeatureSchema>;
/** What the monitoring loop watches for a model. */
export type ModelMonitoring = z.infer<typeof modelMonitoringSchema>;
/** Where the model's versions live. */
export type ModelRegistry = z.infer<typeof modelRegistrySchema>;
/** spec of an MLModel entity. */
export type MLModelSpec = z.infer<typeof mlModelSpecSchema>;

/** An MLModel catalog entity. */
export type MLModelEntity = AiopsEntity<typeof MLMODEL_KIND, MLModelSpec>;

/** Whether an entity is an MLModel (by apiVersion and kind; the spec is not checked). */
export function isMLModelEntity(entity: Entity): entity is MLModelEntity {
  return isAiopsKind(entity, MLMODEL_KIND);
}
