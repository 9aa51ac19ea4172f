// Generated from ../../openapi.yaml by `yarn openapi:generate` in plugins/aiops-backend; do not edit.
import { createValidatedOpenApiRouterFromGeneratedEndpointMap } from '@backstage/backend-openapi-utils';
import type { AiopsApiOperations } from '@unified-aiops/plugin-aiops-common';

/** The OpenAPI document the router validates requests against. */
export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'aiops',
    version: '1.0.0',
    description:
      "REST API of the AI DevOps backend plugin, served below the plugin's base URL\n(`<backend>/api/aiops`). This document is the contract: the router is\nbuilt from it and validates every request against it, the client types in\n`@unified-aiops/plugin-aiops-common` are generated from it, and the plugin tests check\nevery response against it. Every route needs Backstage credentials: a user's token, or a\nservice's (model services and CI use an external access token). Times are ISO 8601\nstrings. Errors use Backstage's error body.\n",
  },
  servers: [
    {
      url: '/',
    },
  ],
  components: {
    parameters: {
      namespace: {
        name: 'namespace',
        in: 'path',
        required: true,
        description: 'Catalog namespace of the MLModel',
        schema: {
          type: 'string',
          minLength: 1,
        },
      },
      name: {
        name: 'name',
        in: 'path',
        required: true,
        description: 'Catalog name of the MLModel',
        schema: {
          type: 'string',
          minLength: 1,
        },
      },
      waiverId: {
        name: 'waiverId',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
        },
      },
      runId: {
        name: 'runId',
        in: 'path',
        required: true,
        description: 'Id of a retraining run (a UUID)',
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 36,
        },
      },
      limit: {
        name: 'limit',
        in: 'query',
        required: false,
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 500,
          default: 50,
        },
      },
    },
    responses: {
      BadRequest: {
        description:
          'InputError — the request breaks this contract (the message names the failing path), or a rule of the route',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/ErrorBody',
            },
          },
        },
      },
      Unauthorized: {
        description: 'AuthenticationError — no or invalid credentials',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/ErrorBody',
            },
          },
        },
      },
      Forbidden: {
        description:
          "NotAllowedError — the permission policy denies the route's permission",
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/ErrorBody',
            },
          },
        },
      },
      NotFound: {
        description:
          'NotFoundError — no MLModel of that name in the catalog, or one the caller may not see',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/ErrorBody',
            },
          },
        },
      },
      Conflict: {
        description:
          'ConflictError — the change does not fit the current state (said in the message)',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/ErrorBody',
            },
          },
        },
      },
    },
    schemas: {
      ModelRegistrationRequest: {
        type: 'object',
        description:
          'A model a golden-path template creates, registered before its catalog-info.yaml is in the catalog',
        additionalProperties: false,
        required: ['owner', 'monitoring'],
        properties: {
          owner: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
            description:
              'Owner entity ref, as spec.owner will say (kind defaults to group)',
          },
          system: {
            type: ['string', 'null'],
            minLength: 1,
            maxLength: 255,
            description: 'System entity ref (kind defaults to system)',
          },
          monitoring: {
            type: 'object',
            additionalProperties: true,
            description:
              'spec.monitoring of the entity to come; validated against the MLModel schema (the answer names the field)',
          },
          repositoryUrl: {
            type: ['string', 'null'],
            format: 'uri',
            maxLength: 1000,
            description: 'The new repository',
          },
          templateRef: {
            type: ['string', 'null'],
            minLength: 1,
            maxLength: 255,
            description: 'The template that created it',
          },
        },
      },
      ModelRegistration: {
        type: 'object',
        description:
          'A model registered by a template; its reference comes from the release job of its CI',
        additionalProperties: false,
        required: [
          'entityRef',
          'owner',
          'system',
          'monitoring',
          'repositoryUrl',
          'templateRef',
          'registeredBy',
          'registeredAt',
          'reference',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          owner: {
            type: 'string',
            description: 'Normalized owner ref',
          },
          system: {
            type: ['string', 'null'],
            description: 'Normalized system ref',
          },
          monitoring: {
            type: 'object',
            additionalProperties: true,
            description:
              "As registered (the MLModel schema's defaults applied)",
          },
          repositoryUrl: {
            type: ['string', 'null'],
          },
          templateRef: {
            type: ['string', 'null'],
          },
          registeredBy: {
            type: 'string',
            description:
              'Who ran the template (the scaffolder calls on their behalf)',
          },
          registeredAt: {
            type: 'string',
            format: 'date-time',
          },
          reference: {
            type: 'object',
            additionalProperties: false,
            required: ['status', 'updatedAt'],
            properties: {
              status: {
                type: 'string',
                enum: ['pending', 'set'],
                description:
                  'pending until a reference is uploaded (the CI release job does it)',
              },
              updatedAt: {
                type: ['string', 'null'],
                format: 'date-time',
              },
            },
          },
        },
      },
      ErrorBody: {
        type: 'object',
        description: "Backstage's error body",
        required: ['error', 'response'],
        properties: {
          error: {
            type: 'object',
            required: ['name', 'message'],
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
          },
          request: {
            type: 'object',
            required: ['method', 'url'],
            properties: {
              method: {
                type: 'string',
              },
              url: {
                type: 'string',
              },
            },
          },
          response: {
            type: 'object',
            required: ['statusCode'],
            properties: {
              statusCode: {
                type: 'integer',
              },
            },
          },
        },
      },
      DriftStatus: {
        type: 'string',
        description:
          'Drift status of a model; no-data until a check could judge',
        enum: ['no-data', 'ok', 'warning', 'drift'],
      },
      GovernanceStatus: {
        type: 'string',
        description:
          'Governance status of a model; unknown until a policy evaluated it',
        enum: ['unknown', 'compliant', 'at-risk', 'non-compliant'],
      },
      DriftTest: {
        type: 'string',
        description: 'A drift test, named as Evidently names it',
        enum: ['ks', 'wasserstein', 'psi', 'jensenshannon', 'chisquare', 'z'],
      },
      RecordScalar: {
        description: 'A value of a feature, prediction or label',
        type: ['number', 'string', 'boolean', 'null'],
      },
      LlmSignals: {
        type: 'object',
        description:
          'LLM quality signals of one inference, as a judge or the application reports them',
        additionalProperties: false,
        properties: {
          hallucination: {
            type: 'boolean',
            description: 'Verdict of the hallucination judge',
          },
          judgeScores: {
            type: 'object',
            description:
              'Scores of named judges (e.g. faithfulness), usually in [0, 1]',
            propertyNames: {
              minLength: 1,
            },
            additionalProperties: {
              type: 'number',
            },
          },
          judgeLabels: {
            type: 'object',
            description:
              'Labels of named judges (e.g. groundedness "ungrounded"), as OpenTelemetry\'s gen_ai.evaluation.score.label',
            propertyNames: {
              minLength: 1,
            },
            additionalProperties: {
              type: 'string',
              maxLength: 200,
            },
          },
          promptTokens: {
            type: 'number',
            minimum: 0,
          },
          completionTokens: {
            type: 'number',
            minimum: 0,
          },
        },
      },
      InferenceRecord: {
        type: 'object',
        description: 'One inference record a model service posts',
        additionalProperties: false,
        required: ['features'],
        properties: {
          timestamp: {
            type: 'string',
            format: 'date-time',
            description:
              'Time of the inference; the time of ingest when absent',
          },
          features: {
            type: 'object',
            description:
              'Feature values by name; a model that declares monitoring.predictionField or labelField may carry its prediction and label here under those names',
            propertyNames: {
              minLength: 1,
            },
            additionalProperties: {
              $ref: '#/components/schemas/RecordScalar',
            },
          },
          prediction: {
            $ref: '#/components/schemas/RecordScalar',
          },
          label: {
            $ref: '#/components/schemas/RecordScalar',
          },
          latencyMs: {
            type: 'number',
            minimum: 0,
          },
          llm: {
            $ref: '#/components/schemas/LlmSignals',
          },
          groups: {
            type: 'object',
            description:
              "Group attributes (e.g. `{ gender: 'f' }`) for bias measures",
            propertyNames: {
              minLength: 1,
            },
            additionalProperties: {
              type: 'string',
            },
          },
          costUsd: {
            type: 'number',
            minimum: 0,
          },
        },
      },
      IdempotencyKey: {
        type: 'string',
        minLength: 1,
        maxLength: 200,
      },
      IngestRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['records'],
        properties: {
          idempotencyKey: {
            $ref: '#/components/schemas/IdempotencyKey',
          },
          records: {
            type: 'array',
            description: 'At most aiops.ingest.maxBatchRecords records',
            minItems: 1,
            items: {
              $ref: '#/components/schemas/InferenceRecord',
            },
          },
        },
      },
      IngestAccepted: {
        type: 'object',
        description: 'Answer to an accepted, durable batch',
        additionalProperties: false,
        required: ['batchId', 'accepted'],
        properties: {
          batchId: {
            type: 'string',
          },
          accepted: {
            type: 'integer',
          },
        },
      },
      ReferenceUpdate: {
        type: 'object',
        description:
          'Either training records folded into the reference profile, or a production window pinned as the reference (not both); at least aiops.ingest.minReferenceRecords records',
        additionalProperties: false,
        properties: {
          records: {
            type: 'array',
            description: 'At most aiops.ingest.maxReferenceRecords records',
            minItems: 1,
            items: {
              $ref: '#/components/schemas/InferenceRecord',
            },
          },
          pinWindow: {
            type: 'object',
            additionalProperties: false,
            required: ['from', 'to'],
            properties: {
              from: {
                type: 'string',
                format: 'date-time',
              },
              to: {
                type: 'string',
                format: 'date-time',
              },
            },
          },
          modelVersion: {
            type: 'string',
            minLength: 1,
          },
        },
      },
      ReferenceInfo: {
        type: 'object',
        description: "Where a model's reference profile came from",
        additionalProperties: false,
        required: [
          'source',
          'modelVersion',
          'windowFrom',
          'windowTo',
          'recordCount',
          'updatedAt',
          'comparedFrom',
        ],
        properties: {
          source: {
            type: 'string',
            enum: ['records', 'window'],
          },
          modelVersion: {
            type: ['string', 'null'],
          },
          windowFrom: {
            type: ['string', 'null'],
            format: 'date-time',
            description:
              'Start of the pinned range, whole profile windows; null for training records',
          },
          windowTo: {
            type: ['string', 'null'],
            format: 'date-time',
            description:
              'End of the pinned range (exclusive); null for training records',
          },
          recordCount: {
            type: 'integer',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
          comparedFrom: {
            type: ['string', 'null'],
            format: 'date-time',
            description:
              'Drift checks compare only traffic from this time on (its profile window); set when a promotion made this the reference, so traffic the replaced version served is not held against the new one. Null compares the whole check window',
          },
        },
      },
      SampleCounts: {
        type: 'object',
        additionalProperties: false,
        required: ['reference', 'current'],
        properties: {
          reference: {
            type: 'integer',
          },
          current: {
            type: 'integer',
          },
        },
      },
      FeatureCheckResult: {
        type: 'object',
        description:
          "Outcome of one feature's (or the prediction's) drift test",
        additionalProperties: false,
        required: [
          'name',
          'kind',
          'decision',
          'test',
          'statistic',
          'pValue',
          'threshold',
          'method',
          'sampleSizes',
          'population',
          'sampled',
        ],
        properties: {
          name: {
            type: 'string',
          },
          kind: {
            type: 'string',
            enum: ['numerical', 'categorical'],
          },
          decision: {
            type: 'string',
            enum: ['ok', 'drift', 'no-data'],
            description:
              'no-data also when the test could not run; error then says why',
          },
          test: {
            anyOf: [
              {
                $ref: '#/components/schemas/DriftTest',
              },
              {
                type: 'null',
              },
            ],
          },
          statistic: {
            type: ['number', 'null'],
          },
          pValue: {
            type: ['number', 'null'],
          },
          threshold: {
            type: ['number', 'null'],
          },
          method: {
            type: 'string',
            enum: ['profile', 'reservoir'],
            description:
              "profile: the whole window, from the profile's counts or sketch; reservoir: the profiles' uniform samples (every value while the window fits in them)",
          },
          sampleSizes: {
            $ref: '#/components/schemas/SampleCounts',
            description: 'Values the test used',
          },
          population: {
            $ref: '#/components/schemas/SampleCounts',
            description: 'Values the windows held',
          },
          sampled: {
            type: 'boolean',
            description:
              'Whether the test saw a sample rather than every value',
          },
          error: {
            type: 'string',
            description:
              "Why the test could not run (e.g. a pinned test the feature's values cannot take)",
          },
          note: {
            type: 'string',
            description:
              'Why the test differs from the one the rule would choose, or had nothing to measure (e.g. a single category on both sides), when it does',
          },
        },
      },
      FairnessResult: {
        type: 'object',
        description: 'Group fairness of binary decisions',
        additionalProperties: false,
        required: [
          'selectionRates',
          'demographicParityDifference',
          'disparateImpactRatio',
          'fourFifthsViolation',
        ],
        properties: {
          selectionRates: {
            type: 'object',
            description: 'Share of positive decisions per group value',
            additionalProperties: {
              type: 'number',
            },
          },
          demographicParityDifference: {
            type: 'number',
            description: 'Highest selection rate minus the lowest',
          },
          disparateImpactRatio: {
            type: ['number', 'null'],
            description:
              'Lowest selection rate over the highest; null (undefined, 0 / 0) when no group is ever selected',
          },
          fourFifthsViolation: {
            type: 'boolean',
            description:
              'Disparate impact below 0.8 (EEOC four-fifths rule); an undefined ratio is no violation',
          },
          equalizedOdds: {
            description:
              'True- and false-positive rates per group, where the records carried binary labels; null when too few did. Absent from checks stored before it existed',
            anyOf: [
              {
                $ref: '#/components/schemas/EqualizedOdds',
              },
              {
                type: 'null',
              },
            ],
          },
        },
      },
      EqualizedOdds: {
        type: 'object',
        description:
          'Equalized odds (Hardt et al.): does the model say yes as often to the actually positive, and as rarely to the actually negative, in every group',
        additionalProperties: false,
        required: [
          'truePositiveRates',
          'falsePositiveRates',
          'truePositiveRateDifference',
          'falsePositiveRateDifference',
          'difference',
        ],
        properties: {
          truePositiveRates: {
            type: 'object',
            description:
              'Share predicted positive among the actually positive, per group with such records',
            additionalProperties: {
              type: 'number',
            },
          },
          falsePositiveRates: {
            type: 'object',
            description:
              'Share predicted positive among the actually negative, per group with such records',
            additionalProperties: {
              type: 'number',
            },
          },
          truePositiveRateDifference: {
            type: ['number', 'null'],
            description:
              'Highest true-positive rate minus the lowest; null when no group has actual positives',
          },
          falsePositiveRateDifference: {
            type: ['number', 'null'],
            description:
              'Highest false-positive rate minus the lowest; null when no group has actual negatives',
          },
          difference: {
            type: 'number',
            description:
              "Equalized-odds difference: the larger of the two rate differences (Fairlearn's equalized_odds_difference)",
          },
        },
      },
      HallucinationTally: {
        type: 'object',
        additionalProperties: false,
        required: ['judged', 'hallucinations', 'rate'],
        properties: {
          judged: {
            type: 'integer',
          },
          hallucinations: {
            type: 'integer',
          },
          rate: {
            type: 'number',
          },
        },
      },
      LlmCheckResult: {
        type: 'object',
        description:
          'Hallucination-rate shift: two-proportion z-test on the judge verdicts',
        additionalProperties: false,
        required: [
          'reference',
          'current',
          'pValue',
          'minIncrease',
          'regression',
        ],
        properties: {
          reference: {
            $ref: '#/components/schemas/HallucinationTally',
          },
          current: {
            $ref: '#/components/schemas/HallucinationTally',
          },
          pValue: {
            type: 'number',
          },
          minIncrease: {
            type: 'number',
            description:
              'Least rise that counts (thresholds.hallucinationRateIncrease), 0 when unset',
          },
          regression: {
            type: 'boolean',
          },
        },
      },
      BiasCheckResult: {
        type: 'object',
        description:
          'Group fairness of the positive predictions, current against reference',
        additionalProperties: false,
        required: [
          'groupField',
          'reference',
          'current',
          'minDisparateImpact',
          'maxParityDifference',
          'regression',
        ],
        properties: {
          groupField: {
            type: 'string',
          },
          reference: {
            anyOf: [
              {
                $ref: '#/components/schemas/FairnessResult',
              },
              {
                type: 'null',
              },
            ],
          },
          current: {
            description:
              'Null when fewer than two groups have minGroupRecords records (insufficientData says which)',
            anyOf: [
              {
                $ref: '#/components/schemas/FairnessResult',
              },
              {
                type: 'null',
              },
            ],
          },
          minDisparateImpact: {
            type: 'number',
          },
          maxParityDifference: {
            type: ['number', 'null'],
          },
          maxEqualizedOddsDifference: {
            type: ['number', 'null'],
            description:
              'Bound on the equalized-odds difference (bias.maxEqualizedOddsDifference); null when only reported. Absent from checks stored before it existed',
          },
          minGroupRecords: {
            type: 'integer',
            description:
              'Groups with fewer records are left out of the measures (their rates are noise). Absent from checks stored before it existed',
          },
          insufficientData: {
            type: ['string', 'null'],
            description:
              'Why the current window cannot be judged, naming the groups too small; null when it can. Absent from checks stored before it existed',
          },
          regression: {
            type: 'boolean',
          },
        },
      },
      LatencyQuantiles: {
        type: 'object',
        description:
          "Latency quantiles in ms, from the profiles' sketches (2% relative accuracy)",
        additionalProperties: false,
        required: ['p50', 'p95', 'p99'],
        properties: {
          p50: {
            type: 'number',
          },
          p95: {
            type: 'number',
          },
          p99: {
            type: 'number',
          },
        },
      },
      LatencyCheckResult: {
        type: 'object',
        description: 'Latency regression against the reference and the SLO',
        additionalProperties: false,
        required: ['reference', 'current', 'sloMs', 'sloBreach', 'regression'],
        properties: {
          reference: {
            anyOf: [
              {
                $ref: '#/components/schemas/LatencyQuantiles',
              },
              {
                type: 'null',
              },
            ],
          },
          current: {
            $ref: '#/components/schemas/LatencyQuantiles',
          },
          sloMs: {
            type: ['number', 'null'],
          },
          sloBreach: {
            type: 'boolean',
            description: 'Current p95 above the SLO',
          },
          regression: {
            type: 'boolean',
            description: 'Current p95 more than 1.2 times the reference p95',
          },
        },
      },
      CostFigures: {
        type: 'object',
        description:
          "What a window's requests cost, from the records' costUsd (posted, or priced from token usage by aiops.costs.tokenPrices)",
        additionalProperties: false,
        required: [
          'records',
          'costed',
          'totalUsd',
          'perThousandUsd',
          'tokensPerRequest',
        ],
        properties: {
          records: {
            type: 'integer',
            description: 'Records in the window',
          },
          costed: {
            type: 'integer',
            description: 'Records that carry a cost',
          },
          totalUsd: {
            type: 'number',
          },
          perThousandUsd: {
            type: ['number', 'null'],
            description:
              'USD per 1,000 costed requests; null when none carries a cost',
          },
          tokensPerRequest: {
            type: ['number', 'null'],
            description:
              'Prompt and completion tokens per record; null without token counts',
          },
        },
      },
      CostCheckResult: {
        type: 'object',
        description: "Cost per 1,000 requests against the reference's",
        additionalProperties: false,
        required: ['reference', 'current', 'maxIncreaseRatio', 'regression'],
        properties: {
          reference: {
            anyOf: [
              {
                $ref: '#/components/schemas/CostFigures',
              },
              {
                type: 'null',
              },
            ],
          },
          current: {
            $ref: '#/components/schemas/CostFigures',
          },
          maxIncreaseRatio: {
            type: 'number',
            description: 'aiops.checks.costRegressionRatio (default 1.2)',
          },
          regression: {
            type: 'boolean',
            description:
              "Current cost per 1,000 requests above maxIncreaseRatio times the reference's",
          },
        },
      },
      ServingFigures: {
        type: 'object',
        description:
          "A serving source's figures over a window, each the median of its samples there; null where no sample had the figure",
        additionalProperties: false,
        required: [
          'samples',
          'latencyP95Seconds',
          'errorRate',
          'requestsPerSecond',
        ],
        properties: {
          samples: {
            type: 'integer',
            description: 'Samples the source stored in the window',
          },
          latencyP95Seconds: {
            type: ['number', 'null'],
          },
          errorRate: {
            type: ['number', 'null'],
            description: 'Failed requests over all requests, 0 to 1',
          },
          requestsPerSecond: {
            type: ['number', 'null'],
          },
        },
      },
      ServingCheckResult: {
        type: 'object',
        description:
          "The serving figures Prometheus reported over the check's window, against the window of the same length before it: latency regression and SLO, error rate",
        additionalProperties: false,
        required: [
          'source',
          'current',
          'baseline',
          'sloMs',
          'maxErrorRate',
          'sloBreach',
          'errorBreach',
          'regression',
        ],
        properties: {
          source: {
            type: 'string',
            enum: ['prometheus'],
          },
          current: {
            $ref: '#/components/schemas/ServingFigures',
          },
          baseline: {
            description:
              "The window of the same length before the check's; null without samples there",
            anyOf: [
              {
                $ref: '#/components/schemas/ServingFigures',
              },
              {
                type: 'null',
              },
            ],
          },
          sloMs: {
            type: ['number', 'null'],
            description:
              "The model's latencySloMs; judged here only when the records carry no latency (their sketches are exact to 2%, a histogram quantile is estimated within its bucket)",
          },
          maxErrorRate: {
            type: ['number', 'null'],
            description:
              "The model's monitoring.maxErrorRate; null when the error rate is reported, not judged",
          },
          sloBreach: {
            type: ['boolean', 'null'],
            description:
              "p95 above sloMs; null when the SLO is not judged here because the model's records carry latency (the latency section judges it)",
          },
          errorBreach: {
            type: 'boolean',
          },
          regression: {
            type: 'boolean',
            description:
              "p95 latency above 1.2 times the baseline's; never without a baseline (the regression rule needs samples from the window before)",
          },
        },
      },
      DriftCheckResult: {
        type: 'object',
        description: 'What one check found, before hysteresis',
        additionalProperties: false,
        required: [
          'status',
          'reason',
          'records',
          'features',
          'prediction',
          'driftedShare',
          'datasetDrift',
          'datasetDriftShare',
          'window',
          'reference',
        ],
        properties: {
          status: {
            $ref: '#/components/schemas/DriftStatus',
          },
          reason: {
            type: 'string',
          },
          records: {
            $ref: '#/components/schemas/SampleCounts',
          },
          features: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/FeatureCheckResult',
            },
          },
          prediction: {
            anyOf: [
              {
                $ref: '#/components/schemas/FeatureCheckResult',
              },
              {
                type: 'null',
              },
            ],
          },
          driftedShare: {
            type: 'number',
          },
          datasetDrift: {
            type: 'boolean',
          },
          datasetDriftShare: {
            type: 'number',
          },
          minCurrentRecords: {
            type: 'integer',
            description:
              'Fewest current-window records the check needed to judge; below it the check is no-data and the model keeps its status. Absent from checks stored before it existed.',
          },
          window: {
            type: 'object',
            additionalProperties: false,
            required: ['from', 'to'],
            properties: {
              from: {
                type: 'string',
                format: 'date-time',
              },
              to: {
                type: 'string',
                format: 'date-time',
              },
            },
          },
          reference: {
            anyOf: [
              {
                $ref: '#/components/schemas/ReferenceInfo',
              },
              {
                type: 'null',
              },
            ],
          },
          llm: {
            description:
              'Absent from checks stored before the LLM sections existed',
            anyOf: [
              {
                $ref: '#/components/schemas/LlmCheckResult',
              },
              {
                type: 'null',
              },
            ],
          },
          bias: {
            anyOf: [
              {
                $ref: '#/components/schemas/BiasCheckResult',
              },
              {
                type: 'null',
              },
            ],
          },
          latency: {
            anyOf: [
              {
                $ref: '#/components/schemas/LatencyCheckResult',
              },
              {
                type: 'null',
              },
            ],
          },
          cost: {
            description:
              "Absent from checks stored before the cost section existed; null when the window's records carry no cost",
            anyOf: [
              {
                $ref: '#/components/schemas/CostCheckResult',
              },
              {
                type: 'null',
              },
            ],
          },
          serving: {
            description:
              'Absent from checks stored before the serving section existed; null when no Prometheus sample falls in the window',
            anyOf: [
              {
                $ref: '#/components/schemas/ServingCheckResult',
              },
              {
                type: 'null',
              },
            ],
          },
        },
      },
      DriftCheck: {
        type: 'object',
        description: 'One stored drift check',
        additionalProperties: false,
        required: [
          'id',
          'entityRef',
          'checkedAt',
          'trigger',
          'resultStatus',
          'status',
          'result',
        ],
        properties: {
          id: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          checkedAt: {
            type: 'string',
            format: 'date-time',
          },
          trigger: {
            type: 'string',
            enum: ['schedule', 'manual'],
          },
          resultStatus: {
            $ref: '#/components/schemas/DriftStatus',
            description: 'Tier of this check alone',
          },
          status: {
            $ref: '#/components/schemas/DriftStatus',
            description: 'Model status after hysteresis',
          },
          result: {
            $ref: '#/components/schemas/DriftCheckResult',
          },
        },
      },
      DriftCheckList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/DriftCheck',
            },
          },
        },
      },
      ModelDriftStatus: {
        type: 'object',
        description: 'Current drift status of a model with its latest check',
        additionalProperties: false,
        required: [
          'entityRef',
          'status',
          'pendingStatus',
          'pendingCount',
          'recoveryChecks',
          'lastCheckedAt',
          'changedAt',
          'latest',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/DriftStatus',
          },
          pendingStatus: {
            anyOf: [
              {
                $ref: '#/components/schemas/DriftStatus',
              },
              {
                type: 'null',
              },
            ],
          },
          pendingCount: {
            type: 'integer',
          },
          recoveryChecks: {
            type: 'integer',
            description:
              'Consecutive better results needed before the status goes down a tier (hysteresis)',
          },
          lastCheckedAt: {
            type: ['string', 'null'],
            format: 'date-time',
          },
          changedAt: {
            type: ['string', 'null'],
            format: 'date-time',
          },
          latest: {
            anyOf: [
              {
                $ref: '#/components/schemas/DriftCheck',
              },
              {
                type: 'null',
              },
            ],
          },
        },
      },
      OtlpJsonRequest: {
        type: 'object',
        description:
          'An OTLP/JSON ExportTraceServiceRequest (checked in full by the receiver; unknown fields ignored as OTLP requires)',
        properties: {
          resourceSpans: {
            type: 'array',
            items: {
              type: 'object',
            },
          },
        },
      },
      OtlpTraceResponse: {
        type: 'object',
        description:
          "OTLP's ExportTraceServiceResponse; partialSuccess only when spans were rejected or skipped",
        additionalProperties: false,
        properties: {
          partialSuccess: {
            type: 'object',
            additionalProperties: false,
            required: ['rejectedSpans', 'errorMessage'],
            properties: {
              rejectedSpans: {
                type: 'integer',
              },
              errorMessage: {
                type: 'string',
              },
            },
          },
        },
      },
      OtlpJsonLogsRequest: {
        type: 'object',
        description:
          'An OTLP/JSON ExportLogsServiceRequest (checked by the receiver; unknown fields ignored as OTLP requires)',
        properties: {
          resourceLogs: {
            type: 'array',
            items: {
              type: 'object',
            },
          },
        },
      },
      OtlpLogsResponse: {
        type: 'object',
        description:
          "OTLP's ExportLogsServiceResponse; partialSuccess only when log records were rejected or skipped",
        additionalProperties: false,
        properties: {
          partialSuccess: {
            type: 'object',
            additionalProperties: false,
            required: ['rejectedLogRecords', 'errorMessage'],
            properties: {
              rejectedLogRecords: {
                type: 'integer',
              },
              errorMessage: {
                type: 'string',
              },
            },
          },
        },
      },
      IngestSource: {
        type: 'object',
        additionalProperties: false,
        required: [
          'source',
          'accepted',
          'rejected',
          'skipped',
          'lastReceivedAt',
          'lastRejection',
          'lastRejectedAt',
        ],
        properties: {
          source: {
            type: 'string',
            description: 'otlp-traces, otlp-logs or kserve',
          },
          accepted: {
            type: 'integer',
          },
          rejected: {
            type: 'integer',
          },
          skipped: {
            type: 'integer',
            description:
              "Items not of the source's kind (spans without gen_ai.operation.name, log records that are no evaluation)",
          },
          lastReceivedAt: {
            type: 'string',
            format: 'date-time',
          },
          lastRejection: {
            type: ['string', 'null'],
            description:
              'The most frequent reason of the latest export with rejections',
          },
          lastRejectedAt: {
            type: ['string', 'null'],
            format: 'date-time',
          },
        },
      },
      ResourceFigures: {
        type: 'object',
        description:
          'The figures at one time, each the value of its query; null where the query had none. Only the figures the model has a query for are present.',
        additionalProperties: false,
        properties: {
          latencyP50Seconds: {
            type: ['number', 'null'],
          },
          latencyP95Seconds: {
            type: ['number', 'null'],
          },
          latencyP99Seconds: {
            type: ['number', 'null'],
          },
          requestsPerSecond: {
            type: ['number', 'null'],
          },
          errorRate: {
            type: ['number', 'null'],
            description: 'Failed requests over all requests, 0 to 1',
          },
          cpuCores: {
            type: ['number', 'null'],
            description: 'CPU in use, in cores',
          },
          memoryBytes: {
            type: ['number', 'null'],
          },
          gpuUtilizationPercent: {
            type: ['number', 'null'],
          },
        },
      },
      ResourceSample: {
        type: 'object',
        additionalProperties: false,
        required: ['at', 'figures'],
        properties: {
          at: {
            type: 'string',
            format: 'date-time',
          },
          figures: {
            $ref: '#/components/schemas/ResourceFigures',
          },
        },
      },
      ModelResources: {
        type: 'object',
        description:
          "A model's latency, error rate, throughput and resource use as the configured Prometheus reports them",
        additionalProperties: false,
        required: [
          'source',
          'status',
          'rateWindow',
          'queries',
          'missing',
          'history',
        ],
        properties: {
          source: {
            type: 'string',
            enum: ['prometheus'],
          },
          rateWindow: {
            type: 'string',
            description:
              "The range the queries' rates and quantiles are taken over (aiops.prometheus.rateWindow, e.g. 5m)",
          },
          status: {
            type: 'string',
            enum: ['ok', 'no-data', 'not-configured'],
            description:
              'not-configured when no server is configured or the entity names no selector; no-data when the latest pull read nothing (reason says why)',
          },
          reason: {
            type: 'string',
            description: 'Why the status is not ok',
          },
          pulledAt: {
            type: 'string',
            format: 'date-time',
            description: 'When the latest pull ran; absent before the first',
          },
          queries: {
            type: 'object',
            description: 'The PromQL query of each figure the model has',
            additionalProperties: {
              type: 'string',
            },
          },
          missing: {
            type: 'object',
            description:
              'Why a figure had no value in the latest pull (no series, NaN, the query rejected)',
            additionalProperties: {
              type: 'string',
            },
          },
          latest: {
            $ref: '#/components/schemas/ResourceSample',
          },
          history: {
            type: 'array',
            description:
              'Samples of the hours asked, oldest first, at most 360 evenly spread',
            items: {
              $ref: '#/components/schemas/ResourceSample',
            },
          },
        },
      },
      KserveIngestAnswer: {
        type: 'object',
        additionalProperties: false,
        required: ['accepted', 'joined'],
        properties: {
          accepted: {
            type: 'integer',
            description: 'Events stored',
          },
          joined: {
            type: 'integer',
            description:
              "Events that completed their inference's request and response pair, folded at once",
          },
        },
      },
      IngestSourceList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/IngestSource',
            },
          },
        },
      },
      FleetModel: {
        type: 'object',
        description: 'One model of the fleet as the fleet page lists it',
        additionalProperties: false,
        required: [
          'entityRef',
          'name',
          'owner',
          'type',
          'riskTier',
          'lifecycle',
          'driftStatus',
          'governanceStatus',
          'retraining',
          'cost',
          'resources',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          title: {
            type: 'string',
            description: 'Absent when the entity has none',
          },
          owner: {
            type: 'string',
          },
          system: {
            type: 'string',
            description: 'Absent when the entity is part of no system',
          },
          type: {
            type: 'string',
          },
          riskTier: {
            type: 'string',
          },
          lifecycle: {
            type: 'string',
          },
          driftStatus: {
            $ref: '#/components/schemas/DriftStatus',
          },
          governanceStatus: {
            $ref: '#/components/schemas/GovernanceStatus',
          },
          retraining: {
            type: 'string',
            enum: ['idle', 'in-flight', 'awaiting-approval'],
            description:
              'in-flight: a retraining run is queued or running; awaiting-approval: a passing challenger waits for a person',
          },
          cost: {
            description:
              "The latest check's cost per 1,000 requests and whether it rose past aiops.checks.costRegressionRatio; null when the model's records carry no cost",
            oneOf: [
              {
                type: 'object',
                additionalProperties: false,
                required: ['perThousandUsd', 'regression'],
                properties: {
                  perThousandUsd: {
                    type: 'number',
                  },
                  regression: {
                    type: 'boolean',
                  },
                },
              },
              {
                type: 'null',
              },
            ],
          },
          resources: {
            description:
              'The newest sample the Prometheus source stored of the model (latency, errors, throughput, CPU, memory, GPU); null when it has none',
            oneOf: [
              {
                $ref: '#/components/schemas/ResourceSample',
              },
              {
                type: 'null',
              },
            ],
          },
        },
      },
      FleetSummary: {
        type: 'object',
        description: 'The whole fleet with counts by status',
        additionalProperties: false,
        required: [
          'total',
          'byDriftStatus',
          'byGovernanceStatus',
          'retraining',
          'models',
        ],
        properties: {
          total: {
            type: 'integer',
          },
          retraining: {
            type: 'object',
            additionalProperties: false,
            required: ['inFlight', 'awaitingApproval'],
            properties: {
              inFlight: {
                type: 'integer',
                description: 'Models with a retraining run queued or running',
              },
              awaitingApproval: {
                type: 'integer',
                description:
                  "Models whose passing challenger waits for a person's approval",
              },
            },
          },
          byDriftStatus: {
            type: 'object',
            additionalProperties: false,
            required: ['no-data', 'ok', 'warning', 'drift'],
            properties: {
              'no-data': {
                type: 'integer',
              },
              ok: {
                type: 'integer',
              },
              warning: {
                type: 'integer',
              },
              drift: {
                type: 'integer',
              },
            },
          },
          byGovernanceStatus: {
            type: 'object',
            additionalProperties: false,
            required: ['unknown', 'compliant', 'at-risk', 'non-compliant'],
            properties: {
              unknown: {
                type: 'integer',
              },
              compliant: {
                type: 'integer',
              },
              'at-risk': {
                type: 'integer',
              },
              'non-compliant': {
                type: 'integer',
              },
            },
          },
          models: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/FleetModel',
            },
          },
        },
      },
      StatusBatchRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['entityRefs'],
        properties: {
          entityRefs: {
            type: 'array',
            maxItems: 1000,
            items: {
              type: 'string',
              minLength: 1,
            },
          },
        },
      },
      ModelStatusItem: {
        type: 'object',
        description: 'Status of one model as the catalog module stamps it',
        additionalProperties: false,
        required: ['entityRef', 'driftStatus', 'governanceStatus'],
        properties: {
          entityRef: {
            type: 'string',
            description: 'The ref as asked',
          },
          driftStatus: {
            $ref: '#/components/schemas/DriftStatus',
          },
          governanceStatus: {
            $ref: '#/components/schemas/GovernanceStatus',
          },
        },
      },
      ModelStatusList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ModelStatusItem',
            },
          },
        },
      },
      NumericStats: {
        type: 'object',
        description:
          'Quantiles and moments of numeric values; null without values',
        additionalProperties: false,
        required: ['count', 'mean', 'std', 'min', 'max', 'p50', 'p95', 'p99'],
        properties: {
          count: {
            type: 'integer',
          },
          mean: {
            type: ['number', 'null'],
          },
          std: {
            type: ['number', 'null'],
          },
          min: {
            type: ['number', 'null'],
          },
          max: {
            type: ['number', 'null'],
          },
          p50: {
            type: ['number', 'null'],
          },
          p95: {
            type: ['number', 'null'],
          },
          p99: {
            type: ['number', 'null'],
          },
        },
      },
      FeatureStats: {
        type: 'object',
        description: 'What a chart shows of one feature in one profile',
        additionalProperties: false,
        required: [
          'count',
          'nulls',
          'numeric',
          'topCategories',
          'otherCategories',
        ],
        properties: {
          count: {
            type: 'integer',
          },
          nulls: {
            type: 'integer',
          },
          numeric: {
            $ref: '#/components/schemas/NumericStats',
          },
          topCategories: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['value', 'count'],
              properties: {
                value: {
                  type: 'string',
                },
                count: {
                  type: 'integer',
                },
              },
            },
          },
          otherCategories: {
            type: 'integer',
          },
        },
      },
      FeatureComparison: {
        type: 'object',
        description:
          'Reference and current side by side, binned on shared edges',
        additionalProperties: false,
        required: ['name', 'kind', 'current', 'reference', 'histogram'],
        properties: {
          name: {
            type: 'string',
          },
          kind: {
            type: 'string',
            enum: ['numerical', 'categorical'],
          },
          current: {
            anyOf: [
              {
                $ref: '#/components/schemas/FeatureStats',
              },
              {
                type: 'null',
              },
            ],
          },
          reference: {
            anyOf: [
              {
                $ref: '#/components/schemas/FeatureStats',
              },
              {
                type: 'null',
              },
            ],
          },
          histogram: {
            type: 'object',
            description:
              'Numerical: edges.length - 1 bins; categorical: one bin per category',
            additionalProperties: false,
            required: ['labels', 'current', 'reference'],
            properties: {
              labels: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              edges: {
                type: 'array',
                items: {
                  type: 'number',
                },
              },
              current: {
                type: 'array',
                items: {
                  type: 'number',
                },
              },
              reference: {
                type: 'array',
                items: {
                  type: 'number',
                },
              },
            },
          },
        },
      },
      ProfileTotals: {
        type: 'object',
        description: 'Whole-profile counts and signals',
        additionalProperties: false,
        required: [
          'records',
          'firstTimestamp',
          'lastTimestamp',
          'latencyMs',
          'llm',
          'costUsd',
          'groups',
        ],
        properties: {
          records: {
            type: 'integer',
          },
          firstTimestamp: {
            type: ['string', 'null'],
            format: 'date-time',
          },
          lastTimestamp: {
            type: ['string', 'null'],
            format: 'date-time',
          },
          latencyMs: {
            $ref: '#/components/schemas/NumericStats',
          },
          llm: {
            type: 'object',
            additionalProperties: false,
            required: [
              'judged',
              'hallucinations',
              'hallucinationRate',
              'judgeScores',
              'promptTokens',
              'completionTokens',
            ],
            properties: {
              judged: {
                type: 'integer',
              },
              hallucinations: {
                type: 'integer',
              },
              hallucinationRate: {
                type: ['number', 'null'],
              },
              judgeScores: {
                type: 'object',
                additionalProperties: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['count', 'mean'],
                  properties: {
                    count: {
                      type: 'integer',
                    },
                    mean: {
                      type: 'number',
                    },
                  },
                },
              },
              promptTokens: {
                type: 'number',
              },
              completionTokens: {
                type: 'number',
              },
            },
          },
          costUsd: {
            type: 'number',
          },
          groups: {
            type: 'object',
            description:
              'Group attribute → value → records and share of positive predictions',
            additionalProperties: {
              type: 'object',
              additionalProperties: {
                type: 'object',
                additionalProperties: false,
                required: ['count', 'positiveRate'],
                properties: {
                  count: {
                    type: 'integer',
                  },
                  positiveRate: {
                    type: 'number',
                  },
                },
              },
            },
          },
        },
      },
      ModelProfiles: {
        type: 'object',
        description:
          "The current window's merged profile against the reference, for charts",
        additionalProperties: false,
        required: [
          'entityRef',
          'window',
          'referenceSource',
          'current',
          'reference',
          'features',
          'prediction',
          'label',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          window: {
            type: 'object',
            description:
              'Bounds of the profile windows read (whole windows) and how many held records',
            additionalProperties: false,
            required: ['from', 'to', 'windows'],
            properties: {
              from: {
                type: 'string',
                format: 'date-time',
              },
              to: {
                type: 'string',
                format: 'date-time',
              },
              windows: {
                type: 'integer',
              },
            },
          },
          referenceSource: {
            anyOf: [
              {
                $ref: '#/components/schemas/ReferenceInfo',
              },
              {
                type: 'null',
              },
            ],
          },
          current: {
            $ref: '#/components/schemas/ProfileTotals',
          },
          reference: {
            anyOf: [
              {
                $ref: '#/components/schemas/ProfileTotals',
              },
              {
                type: 'null',
              },
            ],
          },
          features: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/FeatureComparison',
            },
          },
          prediction: {
            anyOf: [
              {
                $ref: '#/components/schemas/FeatureComparison',
              },
              {
                type: 'null',
              },
            ],
          },
          label: {
            description:
              "The ground truth where records carry it (label, or the entity's labelField column)",
            anyOf: [
              {
                $ref: '#/components/schemas/FeatureComparison',
              },
              {
                type: 'null',
              },
            ],
          },
        },
      },
      GovernanceResult: {
        type: 'string',
        description: 'Outcome of one governance check',
        enum: ['pass', 'fail', 'warning', 'not-applicable', 'waived'],
      },
      GovernanceSeverity: {
        type: 'string',
        enum: ['critical', 'high', 'medium', 'low'],
      },
      FrameworkControls: {
        type: 'object',
        description: 'The framework controls a check gives evidence for',
        additionalProperties: false,
        required: ['euAiAct', 'nistAiRmf', 'iso42001'],
        properties: {
          euAiAct: {
            type: 'array',
            description: 'EU AI Act articles, e.g. Art. 11',
            items: {
              type: 'string',
            },
          },
          nistAiRmf: {
            type: 'array',
            description: 'NIST AI RMF 1.0 subcategories, e.g. MEASURE 2.11',
            items: {
              type: 'string',
            },
          },
          iso42001: {
            type: 'array',
            description:
              'ISO/IEC 42001:2023 clauses and Annex A controls, e.g. A.6.2.7',
            items: {
              type: 'string',
            },
          },
        },
      },
      GovernanceCheck: {
        type: 'object',
        description:
          'One check of a model against the governance policy, with the evidence it read',
        additionalProperties: false,
        required: [
          'id',
          'title',
          'severity',
          'weight',
          'blocksGate',
          'result',
          'reason',
          'remediation',
          'controls',
          'evidence',
          'waiver',
        ],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          severity: {
            $ref: '#/components/schemas/GovernanceSeverity',
          },
          weight: {
            type: 'number',
          },
          blocksGate: {
            type: 'boolean',
            description: 'Whether a failure of this check fails the CI gate',
          },
          result: {
            $ref: '#/components/schemas/GovernanceResult',
          },
          reason: {
            type: 'string',
          },
          remediation: {
            type: 'string',
          },
          controls: {
            $ref: '#/components/schemas/FrameworkControls',
          },
          evidence: {
            type: 'object',
            description:
              'What the check read to decide, e.g. the sections found in the model card',
            additionalProperties: true,
          },
          waiver: {
            description:
              'The active waiver that turned a failure into `waived`',
            anyOf: [
              {
                $ref: '#/components/schemas/Waiver',
              },
              {
                type: 'null',
              },
            ],
          },
        },
      },
      GovernanceEvaluation: {
        type: 'object',
        description: 'A model evaluated against the governance policy',
        additionalProperties: false,
        required: [
          'entityRef',
          'modelVersion',
          'status',
          'score',
          'level',
          'checks',
          'evaluatedAt',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          modelVersion: {
            type: ['string', 'null'],
            description:
              'The version evaluated (for the model itself, its current version; null when none is known)',
          },
          status: {
            $ref: '#/components/schemas/GovernanceStatus',
          },
          score: {
            type: 'number',
            description:
              'Weighted share of passed checks, 0–100 (waived counts as passed, not-applicable not at all)',
          },
          level: {
            type: 'string',
            description:
              "The policy's level for the score (gold, silver, bronze or none by default)",
          },
          checks: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/GovernanceCheck',
            },
          },
          evaluatedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      GateEvidence: {
        type: 'object',
        description: 'What CI measured for the model version',
        additionalProperties: false,
        properties: {
          metrics: {
            type: 'object',
            description: 'Evaluation metrics by name, e.g. { accuracy: 0.91 }',
            propertyNames: {
              minLength: 1,
              maxLength: 100,
            },
            maxProperties: 200,
            additionalProperties: {
              type: 'number',
            },
          },
          bias: {
            type: 'object',
            description:
              'Selection rate per group for each attribute, e.g. { gender: { f: 0.31, m: 0.34 } }',
            propertyNames: {
              minLength: 1,
              maxLength: 100,
            },
            maxProperties: 50,
            additionalProperties: {
              type: 'object',
              propertyNames: {
                minLength: 1,
                maxLength: 200,
              },
              minProperties: 1,
              maxProperties: 200,
              additionalProperties: {
                type: 'number',
                minimum: 0,
                maximum: 1,
              },
            },
          },
          modelCard: {
            type: 'string',
            description:
              "The model card's Markdown (Hugging Face front matter accepted)",
            maxLength: 200000,
          },
        },
      },
      GateRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['entityRef', 'modelVersion', 'evidence'],
        properties: {
          entityRef: {
            type: 'string',
            minLength: 1,
            description: 'The MLModel, e.g. mlmodel:default/churn-classifier',
          },
          modelVersion: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          commitSha: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
          runUrl: {
            type: 'string',
            format: 'uri',
            maxLength: 2000,
          },
          evidence: {
            $ref: '#/components/schemas/GateEvidence',
          },
          dryRun: {
            type: 'boolean',
            description: 'Evaluate only; store nothing',
          },
        },
      },
      GateCheck: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'result', 'reason', 'controls', 'blocksGate'],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          result: {
            $ref: '#/components/schemas/GovernanceResult',
          },
          reason: {
            type: 'string',
          },
          remediation: {
            type: 'string',
            description:
              'How to make the check pass (absent from gate records stored before it existed)',
          },
          controls: {
            $ref: '#/components/schemas/FrameworkControls',
          },
          blocksGate: {
            type: 'boolean',
          },
        },
      },
      GateDecision: {
        type: 'object',
        description: "The gate's answer for one model version",
        additionalProperties: false,
        required: [
          'decision',
          'entityRef',
          'modelVersion',
          'status',
          'score',
          'level',
          'checks',
          'evaluatedAt',
          'recorded',
          'gateId',
        ],
        properties: {
          decision: {
            type: 'string',
            enum: ['pass', 'fail'],
            description: 'fail when a check that blocks the gate fails',
          },
          entityRef: {
            type: 'string',
          },
          modelVersion: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/GovernanceStatus',
          },
          score: {
            type: 'number',
          },
          level: {
            type: 'string',
          },
          checks: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/GateCheck',
            },
          },
          evaluatedAt: {
            type: 'string',
            format: 'date-time',
          },
          recorded: {
            type: 'boolean',
            description:
              'Whether the evidence and decision were stored (false for a dry run)',
          },
          gateId: {
            type: ['string', 'null'],
          },
        },
      },
      GateRecord: {
        type: 'object',
        description: 'One recorded gate call with its evidence and decision',
        additionalProperties: false,
        required: [
          'id',
          'entityRef',
          'modelVersion',
          'commitSha',
          'runUrl',
          'decision',
          'status',
          'score',
          'actor',
          'recordedAt',
          'evidence',
          'checks',
        ],
        properties: {
          id: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          modelVersion: {
            type: 'string',
          },
          commitSha: {
            type: ['string', 'null'],
          },
          runUrl: {
            type: ['string', 'null'],
          },
          decision: {
            type: 'string',
            enum: ['pass', 'fail'],
          },
          status: {
            $ref: '#/components/schemas/GovernanceStatus',
          },
          score: {
            type: 'number',
          },
          actor: {
            type: 'string',
          },
          recordedAt: {
            type: 'string',
            format: 'date-time',
          },
          evidence: {
            $ref: '#/components/schemas/GateEvidence',
          },
          checks: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/GateCheck',
            },
          },
        },
      },
      GateRecordList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/GateRecord',
            },
          },
        },
      },
      Waiver: {
        type: 'object',
        description:
          'An accepted exception to one check for one model, until it expires',
        additionalProperties: false,
        required: [
          'id',
          'entityRef',
          'checkId',
          'reason',
          'state',
          'requestedBy',
          'requestedAt',
          'approvedBy',
          'approvedAt',
          'expiresAt',
          'revokedBy',
          'revokedAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          checkId: {
            type: 'string',
          },
          reason: {
            type: 'string',
          },
          state: {
            type: 'string',
            enum: ['requested', 'active', 'expired', 'revoked'],
            description:
              'Only an active waiver counts; one past its expiry is expired by itself',
          },
          requestedBy: {
            type: 'string',
          },
          requestedAt: {
            type: 'string',
            format: 'date-time',
          },
          approvedBy: {
            type: ['string', 'null'],
          },
          approvedAt: {
            type: ['string', 'null'],
            format: 'date-time',
          },
          expiresAt: {
            type: 'string',
            format: 'date-time',
          },
          revokedBy: {
            type: ['string', 'null'],
          },
          revokedAt: {
            type: ['string', 'null'],
            format: 'date-time',
          },
        },
      },
      WaiverRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['checkId', 'reason', 'expiresAt'],
        properties: {
          checkId: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
          reason: {
            type: 'string',
            minLength: 1,
            maxLength: 2000,
          },
          expiresAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      WaiverList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Waiver',
            },
          },
        },
      },
      Approval: {
        type: 'object',
        description: "A person's decision on a model version",
        additionalProperties: false,
        required: [
          'id',
          'entityRef',
          'modelVersion',
          'decision',
          'approver',
          'comment',
          'decidedAt',
          'expiresAt',
          'state',
        ],
        properties: {
          id: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          modelVersion: {
            type: 'string',
          },
          decision: {
            type: 'string',
            enum: ['approved', 'rejected'],
          },
          approver: {
            type: 'string',
          },
          comment: {
            type: 'string',
          },
          decidedAt: {
            type: 'string',
            format: 'date-time',
          },
          expiresAt: {
            type: 'string',
            format: 'date-time',
          },
          state: {
            type: 'string',
            enum: ['valid', 'expired'],
          },
        },
      },
      ApprovalRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['modelVersion', 'decision', 'comment'],
        properties: {
          modelVersion: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          decision: {
            type: 'string',
            enum: ['approved', 'rejected'],
          },
          comment: {
            type: 'string',
            minLength: 1,
            maxLength: 2000,
          },
        },
      },
      ApprovalList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Approval',
            },
          },
        },
      },
      AuditEntry: {
        type: 'object',
        description: 'One entry of the hash-chained audit trail',
        additionalProperties: false,
        required: [
          'sequence',
          'time',
          'actor',
          'action',
          'entityRef',
          'details',
          'prevHash',
          'hash',
        ],
        properties: {
          sequence: {
            type: 'integer',
            minimum: 1,
          },
          time: {
            type: 'string',
            format: 'date-time',
          },
          actor: {
            type: 'string',
            description:
              "A user (user:default/jane), a service principal, or plugin:aiops for the product's own decisions",
          },
          action: {
            type: 'string',
            description:
              'What happened, e.g. gate-decision, waiver-approve, governance-status-change',
          },
          entityRef: {
            type: ['string', 'null'],
          },
          details: {
            type: 'object',
            description: 'What the action decided or changed',
            additionalProperties: true,
          },
          prevHash: {
            type: 'string',
            description:
              "The previous entry's hash (64 zeros before the first)",
          },
          hash: {
            type: 'string',
            description:
              'SHA-256 (hex) of the RFC 8785 canonical JSON of the entry without its hash',
          },
        },
      },
      AuditPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'nextCursor'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AuditEntry',
            },
          },
          nextCursor: {
            type: ['string', 'null'],
            description: 'Pass as cursor for the next page; null on the last',
          },
        },
      },
      AuditVerification: {
        type: 'object',
        additionalProperties: false,
        required: ['valid', 'entries', 'firstInvalid', 'checkpoint'],
        properties: {
          valid: {
            type: 'boolean',
          },
          entries: {
            type: 'integer',
            description: 'Entries read',
          },
          firstInvalid: {
            anyOf: [
              {
                type: 'object',
                additionalProperties: false,
                required: ['sequence', 'reason'],
                properties: {
                  sequence: {
                    type: 'integer',
                  },
                  reason: {
                    type: 'string',
                  },
                },
              },
              {
                type: 'null',
              },
            ],
          },
          checkpoint: {
            description:
              'Where the chain starts after retention cut older entries, and the hash it continues from',
            anyOf: [
              {
                type: 'object',
                additionalProperties: false,
                required: ['sequence', 'hash'],
                properties: {
                  sequence: {
                    type: 'integer',
                  },
                  hash: {
                    type: 'string',
                  },
                },
              },
              {
                type: 'null',
              },
            ],
          },
        },
      },
      ControlMapping: {
        type: 'object',
        description:
          'One framework control and the checks that give evidence for it',
        additionalProperties: false,
        required: ['framework', 'control', 'checks'],
        properties: {
          framework: {
            type: 'string',
            enum: ['euAiAct', 'nistAiRmf', 'iso42001'],
          },
          control: {
            type: 'string',
          },
          checks: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'title', 'result'],
              properties: {
                id: {
                  type: 'string',
                },
                title: {
                  type: 'string',
                },
                result: {
                  $ref: '#/components/schemas/GovernanceResult',
                },
              },
            },
          },
        },
      },
      ComplianceReport: {
        type: 'object',
        description: 'Everything a compliance officer reads for one model',
        additionalProperties: false,
        required: [
          'model',
          'generatedAt',
          'governance',
          'gates',
          'waivers',
          'approvals',
          'audit',
          'controls',
        ],
        properties: {
          model: {
            type: 'object',
            additionalProperties: false,
            required: [
              'entityRef',
              'name',
              'title',
              'owner',
              'system',
              'type',
              'riskTier',
              'lifecycle',
            ],
            properties: {
              entityRef: {
                type: 'string',
              },
              name: {
                type: 'string',
              },
              title: {
                type: 'string',
              },
              owner: {
                type: 'string',
              },
              system: {
                type: ['string', 'null'],
              },
              type: {
                type: 'string',
              },
              riskTier: {
                type: 'string',
              },
              lifecycle: {
                type: 'string',
              },
            },
          },
          generatedAt: {
            type: 'string',
            format: 'date-time',
          },
          governance: {
            $ref: '#/components/schemas/GovernanceEvaluation',
          },
          gates: {
            type: 'array',
            description: 'The latest gate calls, newest first',
            items: {
              $ref: '#/components/schemas/GateRecord',
            },
          },
          waivers: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Waiver',
            },
          },
          approvals: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Approval',
            },
          },
          audit: {
            type: 'array',
            description: "The model's latest audit entries, newest first",
            items: {
              $ref: '#/components/schemas/AuditEntry',
            },
          },
          controls: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ControlMapping',
            },
          },
        },
      },
      PortfolioGroup: {
        type: 'object',
        additionalProperties: false,
        required: [
          'key',
          'models',
          'compliant',
          'atRisk',
          'nonCompliant',
          'unknown',
          'meanScore',
        ],
        properties: {
          key: {
            type: 'string',
          },
          models: {
            type: 'integer',
          },
          compliant: {
            type: 'integer',
          },
          atRisk: {
            type: 'integer',
          },
          nonCompliant: {
            type: 'integer',
          },
          unknown: {
            type: 'integer',
          },
          meanScore: {
            type: ['number', 'null'],
          },
        },
      },
      GovernancePortfolio: {
        type: 'object',
        description:
          'Governance figures of the models the caller may see, by owner and by system',
        additionalProperties: false,
        required: ['byOwner', 'bySystem'],
        properties: {
          byOwner: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/PortfolioGroup',
            },
          },
          bySystem: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/PortfolioGroup',
            },
          },
        },
      },
      SystemReport: {
        type: 'object',
        description:
          "The compliance reports of a system's models, with its figures",
        additionalProperties: false,
        required: ['systemRef', 'generatedAt', 'summary', 'models'],
        properties: {
          systemRef: {
            type: 'string',
          },
          generatedAt: {
            type: 'string',
            format: 'date-time',
          },
          summary: {
            $ref: '#/components/schemas/PortfolioGroup',
          },
          models: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ComplianceReport',
            },
          },
        },
      },
      RunState: {
        type: 'string',
        description: 'queued and running are in flight; the others are final',
        enum: [
          'queued',
          'running',
          'succeeded',
          'failed',
          'timed-out',
          'cancelled',
        ],
      },
      RetrainingTrigger: {
        type: 'object',
        description: 'Who or what started the run, and why',
        additionalProperties: false,
        required: ['kind', 'by', 'reason'],
        properties: {
          kind: {
            type: 'string',
            enum: ['drift', 'manual'],
          },
          by: {
            type: 'string',
            description:
              'The user or service that asked, or aiops:drift for the loop itself',
          },
          reason: {
            type: 'string',
          },
        },
      },
      ModelEvaluation: {
        type: 'object',
        description: "A model's evaluation on the validation set",
        additionalProperties: false,
        required: ['metrics'],
        properties: {
          version: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
            description: 'The registry version evaluated',
          },
          metrics: {
            type: 'object',
            description:
              'Metric name → value, e.g. auc, f1, latency_p95_ms, disparate_impact',
            maxProperties: 100,
            additionalProperties: {
              type: 'number',
            },
          },
          examples: {
            type: 'object',
            description:
              'Per-example results on the same examples for both models, for the significance rule',
            additionalProperties: false,
            properties: {
              correct: {
                type: 'array',
                maxItems: 1000000,
                items: {
                  type: 'boolean',
                },
              },
              scores: {
                type: 'array',
                maxItems: 1000000,
                items: {
                  type: 'number',
                },
              },
            },
          },
        },
      },
      RunEvaluationReport: {
        type: 'object',
        description:
          'What the pipeline reports when the challenger is trained and evaluated',
        additionalProperties: false,
        required: ['challenger'],
        properties: {
          challenger: {
            $ref: '#/components/schemas/ModelEvaluation',
          },
          champion: {
            description:
              "The serving model on the same validation set; null for a model's first version",
            oneOf: [
              {
                $ref: '#/components/schemas/ModelEvaluation',
              },
              {
                type: 'null',
              },
            ],
          },
          evidence: {
            $ref: '#/components/schemas/GateEvidence',
            description:
              "More gate evidence of the challenger version (bias, model card), kept with the decision as its gate record; the challenger's metrics are added to it",
          },
          reference: {
            type: 'object',
            description:
              "The challenger's training data as inference records (a sample will do), folded into the profile that becomes the drift reference if it is promoted; without it, promotion pins the run's data window of production traffic. Same limits as PUT .../reference",
            additionalProperties: false,
            required: ['records'],
            properties: {
              records: {
                type: 'array',
                minItems: 1,
                items: {
                  $ref: '#/components/schemas/InferenceRecord',
                },
              },
            },
          },
        },
      },
      ValidationRuleResult: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'description',
          'champion',
          'challenger',
          'result',
          'reason',
        ],
        properties: {
          id: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          champion: {
            type: ['number', 'null'],
          },
          challenger: {
            type: ['number', 'null'],
          },
          result: {
            type: 'string',
            enum: ['pass', 'fail'],
          },
          reason: {
            type: 'string',
          },
        },
      },
      RunValidation: {
        type: 'object',
        description: 'The challenger against the champion, rule by rule',
        additionalProperties: false,
        required: ['decision', 'rules', 'champion', 'challenger', 'decidedAt'],
        properties: {
          decision: {
            type: 'string',
            enum: ['pass', 'fail'],
          },
          rules: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ValidationRuleResult',
            },
          },
          champion: {
            oneOf: [
              {
                $ref: '#/components/schemas/ModelEvaluation',
              },
              {
                type: 'null',
              },
            ],
          },
          challenger: {
            $ref: '#/components/schemas/ModelEvaluation',
          },
          decidedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      RetrainingRun: {
        type: 'object',
        description:
          "One run of the model's retraining pipeline, from trigger to decision",
        additionalProperties: false,
        required: [
          'id',
          'entityRef',
          'pipelineRef',
          'state',
          'stateReason',
          'trigger',
          'runner',
          'target',
          'externalId',
          'externalUrl',
          'logUrl',
          'logs',
          'modelVersion',
          'dataWindow',
          'createdAt',
          'startedAt',
          'finishedAt',
          'deadline',
          'decision',
          'validation',
          'promotion',
          'promotedVersion',
        ],
        properties: {
          id: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          pipelineRef: {
            type: 'string',
          },
          state: {
            $ref: '#/components/schemas/RunState',
          },
          stateReason: {
            type: ['string', 'null'],
            description:
              "Why the run is in its state (a failure's cause especially)",
          },
          trigger: {
            $ref: '#/components/schemas/RetrainingTrigger',
          },
          runner: {
            type: 'string',
            description: "The pipeline's spec.runner.type",
          },
          target: {
            type: 'string',
            description:
              "The pipeline's spec.runner.target, a target of the runner's config",
          },
          externalId: {
            type: ['string', 'null'],
            description: "The run's id in the runner's system",
          },
          externalUrl: {
            type: ['string', 'null'],
          },
          logUrl: {
            type: ['string', 'null'],
          },
          logs: {
            type: ['string', 'null'],
            description:
              "The end of the run's output where the runner holds it (single-run reads; null in lists)",
          },
          modelVersion: {
            type: ['string', 'null'],
            description: "The champion's version when the run started",
          },
          dataWindow: {
            type: 'object',
            description: 'The traffic the challenger is trained on',
            additionalProperties: false,
            required: ['from', 'to'],
            properties: {
              from: {
                type: 'string',
                format: 'date-time',
              },
              to: {
                type: 'string',
                format: 'date-time',
              },
            },
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          startedAt: {
            type: ['string', 'null'],
            format: 'date-time',
          },
          finishedAt: {
            type: ['string', 'null'],
            format: 'date-time',
          },
          deadline: {
            type: 'string',
            format: 'date-time',
            description:
              'When the backend times the run out if it has not finished',
          },
          decision: {
            type: ['string', 'null'],
            enum: ['pass', 'fail', null],
            description:
              "The validation gate's outcome once the evaluation is in",
          },
          validation: {
            oneOf: [
              {
                $ref: '#/components/schemas/RunValidation',
              },
              {
                type: 'null',
              },
            ],
          },
          promotion: {
            description:
              'What became of a passing challenger; null until the gate passes',
            oneOf: [
              {
                $ref: '#/components/schemas/RunPromotion',
              },
              {
                type: 'null',
              },
            ],
          },
          promotedVersion: {
            type: ['string', 'null'],
            description: 'The version promoted to champion by this run',
          },
        },
      },
      RunPromotion: {
        type: 'object',
        description: "A passing challenger's way to champion",
        additionalProperties: false,
        required: [
          'state',
          'reason',
          'decidedBy',
          'comment',
          'expiresAt',
          'promotedAt',
          'previousVersion',
        ],
        properties: {
          state: {
            type: 'string',
            description:
              "awaiting-approval for high-risk models until a person decides or it expires; promoted once the registry and the drift reference moved (the champion in force; at most one run of a model is promoted); superseded once a later run's version was promoted (promoted again when that one is rolled back); rolled-back when undone",
            enum: [
              'awaiting-approval',
              'rejected',
              'expired',
              'promoted',
              'superseded',
              'failed',
              'rolled-back',
            ],
          },
          reason: {
            type: 'string',
          },
          decidedBy: {
            type: ['string', 'null'],
            description: 'Who approved or rejected (or rolled back)',
          },
          comment: {
            type: ['string', 'null'],
          },
          expiresAt: {
            type: ['string', 'null'],
            format: 'date-time',
            description: 'When an awaited approval expires',
          },
          promotedAt: {
            type: ['string', 'null'],
            format: 'date-time',
          },
          previousVersion: {
            type: ['string', 'null'],
            description: 'The champion it replaced, which a rollback restores',
          },
        },
      },
      PromotionDecisionRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['comment'],
        properties: {
          comment: {
            type: 'string',
            minLength: 1,
            maxLength: 2000,
          },
        },
      },
      RollbackRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['reason'],
        properties: {
          reason: {
            type: 'string',
            minLength: 1,
            maxLength: 2000,
          },
        },
      },
      RetrainingRunList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            description: 'Newest first',
            items: {
              $ref: '#/components/schemas/RetrainingRun',
            },
          },
        },
      },
      RetrainingRequest: {
        type: 'object',
        description: 'A manual retraining run',
        additionalProperties: false,
        properties: {
          reason: {
            type: 'string',
            minLength: 1,
            maxLength: 2000,
          },
        },
      },
      RunStatusReport: {
        type: 'object',
        description:
          'A state change the pipeline reports (for runners that cannot be asked)',
        additionalProperties: false,
        required: ['state'],
        properties: {
          state: {
            type: 'string',
            enum: ['running', 'succeeded', 'failed', 'cancelled'],
          },
          reason: {
            type: 'string',
            maxLength: 2000,
          },
          externalUrl: {
            type: 'string',
            format: 'uri',
            maxLength: 2000,
          },
          logUrl: {
            type: 'string',
            format: 'uri',
            maxLength: 2000,
          },
        },
      },
    },
  },
  paths: {
    '/v1/fleet': {
      get: {
        operationId: 'getFleet',
        summary:
          'Every MLModel the caller may see, with drift and governance status and counts by status',
        description:
          'Permission: aiops.model.read. The drift status comes from the checks, not the labels.',
        responses: {
          '200': {
            description: 'The fleet',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FleetSummary',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/status/batch': {
      post: {
        operationId: 'getStatuses',
        summary: 'Drift and governance status of up to 1000 models',
        description:
          "Permission: aiops.model.read. One item per ref, in order; unknown models, and models a person's catalog visibility hides, are no-data.",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/StatusBatchRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'One status per asked ref',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelStatusList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/models/{namespace}/{name}/records': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      post: {
        operationId: 'postRecords',
        summary: 'Ingest a batch of inference records',
        description:
          'Permission: aiops.records.create; audited as records-ingest. The idempotency key is\nrequired, in the body or in the `Idempotency-Key` header (both, differing: 400). An\naccepted batch is committed before the 202 and folded into window profiles in the\nbackground. A repeated key with the same body gets the first answer again with\n`Idempotent-Replayed: true`, applying nothing; with another body it is a 409. Any bad\nrecord rejects the whole batch (400 naming the record and field), as does a record\ntimed more than 5 minutes ahead of the server or older than the profile retention.\n',
        parameters: [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            schema: {
              $ref: '#/components/schemas/IdempotencyKey',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/IngestRequest',
              },
            },
          },
        },
        responses: {
          '202': {
            description: 'Accepted and durable',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/IngestAccepted',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            description:
              'ConflictError — the idempotency key was used before with another body',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ErrorBody',
                },
              },
            },
          },
        },
      },
    },
    '/v1/models/{namespace}/{name}/reference': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      put: {
        operationId: 'setReference',
        summary:
          'Set the reference profile from training records or a pinned production window',
        description:
          'Permission: aiops.reference.update; audited as reference-set. A pinned range covers every profile window it touches, whole; the answer gives those bounds.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ReferenceUpdate',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The stored reference',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ReferenceInfo',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/models/{namespace}/{name}/status': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      get: {
        operationId: 'getModelStatus',
        summary: 'Current drift status and the latest check',
        description: 'Permission: aiops.model.read.',
        responses: {
          '200': {
            description: "The model's drift status",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelDriftStatus',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/models/{namespace}/{name}/checks': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      get: {
        operationId: 'getChecks',
        summary: 'Check history, newest first',
        description: 'Permission: aiops.model.read.',
        parameters: [
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 500,
              default: 50,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The latest checks',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DriftCheckList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
      post: {
        operationId: 'runCheck',
        summary: 'Fold pending batches and run a check now',
        description: 'Permission: aiops.check.run; audited as check-run.',
        responses: {
          '201': {
            description: 'The stored check',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DriftCheck',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/models/{namespace}/{name}/profiles': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      get: {
        operationId: 'getProfiles',
        summary:
          "The current window's merged profile against the reference, for charts",
        description:
          "Permission: aiops.model.read. Every profile window the range touches is read whole, and the answer's window gives those bounds.",
        parameters: [
          {
            name: 'from',
            in: 'query',
            required: false,
            allowReserved: true,
            description:
              "Default the start of the windows the check reads (now minus the model's windowHours)",
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'to',
            in: 'query',
            required: false,
            allowReserved: true,
            description: 'Default the end of the current profile window',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
        ],
        responses: {
          '200': {
            description:
              'Per-feature statistics and histograms on shared bins, the prediction, and totals',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelProfiles',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/models/{namespace}/{name}/governance': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      get: {
        operationId: 'getGovernance',
        summary: "The model's latest evaluation against the governance policy",
        description:
          'Permission: aiops.model.read. Evaluated on a schedule and whenever an input changes (evidence, waiver, approval, drift status); evaluated now when the model has none yet.',
        responses: {
          '200': {
            description:
              'The evaluation, each check with its evidence and remediation',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/GovernanceEvaluation',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/models/{namespace}/{name}/gates': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      get: {
        operationId: 'listGates',
        summary: "The model's recorded gate calls, newest first",
        description: 'Permission: aiops.model.read.',
        parameters: [
          {
            $ref: '#/components/parameters/limit',
          },
        ],
        responses: {
          '200': {
            description: 'Gate history',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/GateRecordList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/gate': {
      post: {
        operationId: 'evaluateGate',
        summary: 'The CI gate: may this model version ship?',
        description:
          "Permission: aiops.gate.evaluate; audited as gate-evaluate. CI posts the version's\nevidence (evaluation metrics, bias selection rates, the model card) with a user's\nor an external access token. The evidence is stored for that version (unless\n`dryRun`), the policy evaluated for it, and the decision recorded in the audit\ntrail; the same inputs give the same decision. `fail` when a check that blocks the\ngate fails.\n",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/GateRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The decision with every check',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/GateDecision',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/models/{namespace}/{name}/waivers': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      get: {
        operationId: 'listWaivers',
        summary: "The model's waivers, newest first, in every state",
        description: 'Permission: aiops.model.read.',
        responses: {
          '200': {
            description: 'Waivers',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WaiverList',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
      post: {
        operationId: 'requestWaiver',
        summary: 'Request a waiver of one check until a time',
        description:
          'Permission: aiops.waiver.create; audited as waiver-request. It counts once someone with aiops.governance.waive approves it. The check must be in the policy and the expiry in the future, at most aiops.governance.maxWaiverDays ahead.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/WaiverRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The requested waiver',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Waiver',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/models/{namespace}/{name}/waivers/{waiverId}/approve': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
        {
          $ref: '#/components/parameters/waiverId',
        },
      ],
      post: {
        operationId: 'approveWaiver',
        summary:
          'Approve a requested waiver; it counts from now until its expiry',
        description:
          'Permission: aiops.governance.waive; audited as waiver-approve. Only a requested, unexpired waiver can be approved (409 otherwise).',
        responses: {
          '200': {
            description: 'The active waiver',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Waiver',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/v1/models/{namespace}/{name}/waivers/{waiverId}': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
        {
          $ref: '#/components/parameters/waiverId',
        },
      ],
      delete: {
        operationId: 'revokeWaiver',
        summary:
          'Revoke a waiver (requested or active); it stops counting at once',
        description:
          'Permission: aiops.governance.waive; audited as waiver-revoke. A revoked or expired waiver cannot be revoked again (409).',
        responses: {
          '200': {
            description: 'The revoked waiver',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Waiver',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/v1/models/{namespace}/{name}/approvals': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      get: {
        operationId: 'listApprovals',
        summary:
          "The decisions people recorded on the model's versions, newest first",
        description: 'Permission: aiops.model.read.',
        responses: {
          '200': {
            description: 'Approvals and rejections',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ApprovalList',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
      post: {
        operationId: 'recordApproval',
        summary: 'Approve or reject a model version, with a comment',
        description:
          'Permission: aiops.promotion.approve; audited as approval-record. Only a person can decide (a service token gets 403); an approval is valid for aiops.governance.approvalValidityDays.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ApprovalRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The recorded decision',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Approval',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/models/{namespace}/{name}/report': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      get: {
        operationId: 'getModelReport',
        summary: "The model's compliance report",
        description:
          'Permissions: aiops.model.read and aiops.audit.read (the report holds an audit excerpt); audited as report-read. Checks, evidence, waivers, approvals, the audit excerpt, and each framework control with the checks that give evidence for it.',
        responses: {
          '200': {
            description: 'The report',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ComplianceReport',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/systems/{namespace}/{name}/report': {
      parameters: [
        {
          name: 'namespace',
          in: 'path',
          required: true,
          schema: {
            type: 'string',
            minLength: 1,
          },
        },
        {
          name: 'name',
          in: 'path',
          required: true,
          description: 'Catalog name of the System',
          schema: {
            type: 'string',
            minLength: 1,
          },
        },
      ],
      get: {
        operationId: 'getSystemReport',
        summary:
          'The compliance reports of every model of a system the caller may see',
        description:
          'Permissions: aiops.model.read and aiops.audit.read; audited as report-read. 404 when the system has no model the caller may see.',
        responses: {
          '200': {
            description: "The system's report",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SystemReport',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/governance/portfolio': {
      get: {
        operationId: 'getPortfolio',
        summary: 'Governance figures of the fleet by owner and by system',
        description: 'Permission: aiops.model.read.',
        responses: {
          '200': {
            description: 'The portfolio',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/GovernancePortfolio',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/models/{namespace}/{name}/runs': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      get: {
        operationId: 'listRetrainingRuns',
        summary: "The model's retraining runs, newest first",
        description:
          'Permission: aiops.model.read. The per-example results (validation.*.examples) are left out; GET /v1/runs/{runId} has them.',
        parameters: [
          {
            $ref: '#/components/parameters/limit',
          },
        ],
        responses: {
          '200': {
            description: 'Runs',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RetrainingRunList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
      post: {
        operationId: 'triggerRetraining',
        summary:
          "Starts a run of the model's retraining pipeline (spec.trainedBy) now",
        description:
          'Permission: aiops.retraining.trigger; audited as retraining-trigger. 409 when the model names no pipeline, or the pipeline already has its maximum of runs in flight. The run is dispatched before the answer: a runner that refuses it leaves it failed, with the reason.',
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/RetrainingRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The run',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RetrainingRun',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/v1/pipelines/{namespace}/{name}/runs': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      get: {
        operationId: 'listPipelineRuns',
        summary:
          "The MLPipeline's retraining runs across the models it trains, newest first",
        description:
          'Permission: aiops.model.read. 404 when the caller cannot see the pipeline; runs of models the caller cannot see are left out, and so are the per-example results (GET /v1/runs/{runId} has them).',
        parameters: [
          {
            $ref: '#/components/parameters/limit',
          },
        ],
        responses: {
          '200': {
            description: 'Runs',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RetrainingRunList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/runs/{runId}': {
      parameters: [
        {
          $ref: '#/components/parameters/runId',
        },
      ],
      get: {
        operationId: 'getRetrainingRun',
        summary:
          'One retraining run, with the end of its output where the runner holds it',
        description:
          "Permission: aiops.model.read, and the run's model visible to the caller.",
        responses: {
          '200': {
            description: 'The run',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RetrainingRun',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/runs/{runId}/cancel': {
      parameters: [
        {
          $ref: '#/components/parameters/runId',
        },
      ],
      post: {
        operationId: 'cancelRetrainingRun',
        summary: 'Cancels a run in flight',
        description:
          'Permission: aiops.retraining.trigger; audited as retraining-cancel. 409 when the run has finished, or its runner cannot stop runs (the webhook runner).',
        responses: {
          '200': {
            description: 'The cancelled run',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RetrainingRun',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/v1/runs/{runId}/status': {
      parameters: [
        {
          $ref: '#/components/parameters/runId',
        },
      ],
      post: {
        operationId: 'reportRunStatus',
        summary:
          'The pipeline reports a state change of its run (the callback of runners that cannot be asked)',
        description:
          'Permission: aiops.retraining.report (a service principal: the shipped policy denies it to people); audited as retraining-status. 409 when the run has finished already.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/RunStatusReport',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The run',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RetrainingRun',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/v1/runs/{runId}/evaluation': {
      parameters: [
        {
          $ref: '#/components/parameters/runId',
        },
      ],
      post: {
        operationId: 'reportRunEvaluation',
        summary:
          "The pipeline reports the challenger's evaluation beside the champion's; the validation gate decides",
        description:
          "Permission: aiops.retraining.report (a service principal); audited as retraining-evaluation. The run ends succeeded (its challenger exists) with the decision of the model's validation rules (spec.retraining.validation over aiops.retraining.validation), every rule with both values. A reference (the challenger's training records) becomes the drift reference if the challenger is promoted; the body may then be as large as a PUT .../reference. 409 when the run was cancelled or timed out, or already has an evaluation.",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/RunEvaluationReport',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The run with its decision',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RetrainingRun',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/v1/runs/{runId}/approve': {
      parameters: [
        {
          $ref: '#/components/parameters/runId',
        },
      ],
      post: {
        operationId: 'approvePromotion',
        summary:
          "A person approves the promotion of a run's challenger (high-risk models)",
        description:
          'Permission: aiops.promotion.approve; audited as promotion-approve. Only a person (a service token gets 403), and not the one who triggered the run while aiops.governance.fourEyes is on (403). 409 when the run awaits no approval, or the approval expired. The challenger is promoted at once.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/PromotionDecisionRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'The run, promoted (or failed at the registry, with the reason)',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RetrainingRun',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/v1/runs/{runId}/reject': {
      parameters: [
        {
          $ref: '#/components/parameters/runId',
        },
      ],
      post: {
        operationId: 'rejectPromotion',
        summary: "A person rejects the promotion of a run's challenger",
        description:
          'Permission: aiops.promotion.approve; audited as promotion-reject. The same rules as approving.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/PromotionDecisionRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The run, rejected',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RetrainingRun',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/v1/models/{namespace}/{name}/rollback': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      post: {
        operationId: 'rollbackModel',
        summary:
          "Undoes the model's latest promotion: the previous champion and its drift reference back",
        description:
          'Permission: aiops.model.rollback; audited as model-rollback. Sets the registry alias back to the version the promotion replaced and restores the drift reference it moved. 409 when no promotion is left to undo.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/RollbackRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The run whose promotion was undone',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RetrainingRun',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/v1/models/{namespace}/{name}/registration': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      put: {
        operationId: 'registerModel',
        summary:
          'Registers a model a template creates, on behalf of the user who ran it',
        description:
          'Permission: aiops.model.register; audited as model-register and appended to the audit trail. Works before the catalog holds the entity. 201 when stored, 200 when the same registration was stored before (a re-run), 409 when the model was registered with other content.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ModelRegistrationRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The same registration was stored before',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelRegistration',
                },
              },
            },
          },
          '201': {
            description: 'Registered',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelRegistration',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
      get: {
        operationId: 'getModelRegistration',
        summary:
          'Who registered the model, from which template, and whether its reference came',
        description:
          'Permission: aiops.model.read. 404 for a model no template registered, or one the catalog does not (yet) show the caller.',
        responses: {
          '200': {
            description: 'The registration',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelRegistration',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/models/{namespace}/{name}/resources': {
      parameters: [
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      get: {
        operationId: 'getModelResources',
        summary:
          'Latency quantiles, error rate, throughput, CPU, memory and GPU from Prometheus',
        description:
          'Permission: aiops.model.read. Pulled from the server aiops.prometheus.baseUrl names, with the queries built from the annotations aiops.dev/prometheus-selector (service metrics) and aiops.dev/prometheus-resource-selector (containers, GPUs).',
        parameters: [
          {
            name: 'hours',
            in: 'query',
            required: false,
            description: 'Hours of history',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 168,
              default: 6,
            },
          },
        ],
        responses: {
          '200': {
            description: "The model's figures",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ModelResources',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/otlp/v1/traces': {
      post: {
        operationId: 'ingestOtlpTraces',
        summary:
          "OTLP/HTTP trace export of GenAI spans (an OpenTelemetry exporter's or Collector's endpoint + /v1/traces)",
        description:
          "Permission: aiops.records.create; audited as otlp-traces-ingest. Content-Type application/x-protobuf (ExportTraceServiceRequest; the exporters' default) or application/json (OTLP/JSON); Content-Encoding gzip accepted. Spans with gen_ai.operation.name become inference records of the MLModel named by the resource attribute aiops.model.ref, else by the annotations aiops.dev/otel-service-name (service.name) and aiops.dev/genai-model (gen_ai.request.model); stored before the answer, a retried export of the same spans is a replay. The answer is an ExportTraceServiceResponse in the request's encoding: partialSuccess.rejectedSpans counts the spans of no known model or outside the retention window, errorMessage names why (and the non-GenAI spans skipped). 400 for a body that does not decode.",
        requestBody: {
          required: true,
          content: {
            'application/x-protobuf': {
              schema: {
                type: 'string',
                format: 'binary',
              },
            },
            'application/json': {
              schema: {
                $ref: '#/components/schemas/OtlpJsonRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ExportTraceServiceResponse',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OtlpTraceResponse',
                },
              },
              'application/x-protobuf': {
                schema: {
                  type: 'string',
                  format: 'binary',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/otlp/v1/logs': {
      post: {
        operationId: 'ingestOtlpLogs',
        summary:
          "OTLP/HTTP log export of GenAI evaluation events (an OpenTelemetry exporter's or Collector's endpoint + /v1/logs)",
        description:
          "Permission: aiops.records.create; audited as otlp-logs-ingest. Content-Type application/x-protobuf (ExportLogsServiceRequest) or application/json (OTLP/JSON); Content-Encoding gzip accepted. Log records whose event name is gen_ai.evaluation.result are stored and join the GenAI span whose trace and span ids they carry, before or after it arrives (spans wait aiops.otlp.evaluationWaitSeconds for them), as judge scores by gen_ai.evaluation.name. The answer is an ExportLogsServiceResponse in the request's encoding: partialSuccess.rejectedLogRecords counts the evaluations of no known model, without span ids or evaluation name, or arriving after their span was folded; errorMessage names why (and the other log records skipped). 400 for a body that does not decode.",
        requestBody: {
          required: true,
          content: {
            'application/x-protobuf': {
              schema: {
                type: 'string',
                format: 'binary',
              },
            },
            'application/json': {
              schema: {
                $ref: '#/components/schemas/OtlpJsonLogsRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'ExportLogsServiceResponse',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OtlpLogsResponse',
                },
              },
              'application/x-protobuf': {
                schema: {
                  type: 'string',
                  format: 'binary',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/kserve/events': {
      post: {
        operationId: 'ingestKserveEvents',
        summary:
          "CloudEvents of KServe's inference payload logger (point an InferenceService's logger.url here)",
        description:
          "Permission: aiops.records.create; audited as kserve-events-ingest. One CloudEvent in binary mode (ce-* headers, the inference body as the data; how KServe's logger sends) or structured mode (application/cloudevents+json), or a batch (application/cloudevents-batch+json). Types org.kubeflow.serving.inference.request and .response; the MLModel is the one annotated aiops.dev/kserve-inference-service with the events' namespace/inferenceservicename extensions. A request's V1 instances or V2 (Open Inference Protocol) input tensors become features (positional values take the entity's monitored feature names, in order), a response's V1 predictions or V2 output tensor (the one named the entity's predictionField, else the first) the predictions; the two are joined by the event id and their time difference is the latency. Each event is stored before the answer; a pair folds when its second event arrives, an event alone after aiops.kserve.joinWaitSeconds; a redelivered event is not folded twice. 400 for a body that is no CloudEvent, another type, a missing extension, a time that is no RFC 3339 time or older than the profile retention, or a payload that does not read; 404 for an InferenceService no MLModel names; each counted under the kserve source.",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                description:
                  "Binary mode: the inference request or response body; the event's attributes are ce-* headers",
              },
            },
            'application/cloudevents+json': {
              schema: {
                type: 'object',
                description: 'A structured-mode CloudEvent',
              },
            },
            'application/cloudevents-batch+json': {
              schema: {
                type: 'string',
                format: 'binary',
                description:
                  'A JSON array of structured-mode CloudEvents, read as bytes by the cloudevents SDK',
              },
            },
          },
        },
        responses: {
          '202': {
            description: 'Every event stored',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/KserveIngestAnswer',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/sources': {
      get: {
        operationId: 'listIngestSources',
        summary:
          'What each telemetry source sent since the start, accepted, rejected and skipped',
        description:
          'Permission: aiops.model.read. Counted in the database, across replicas.',
        responses: {
          '200': {
            description: 'Sources',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/IngestSourceList',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/audit': {
      get: {
        operationId: 'listAudit',
        summary:
          'The audit trail, oldest first, filtered and paged; or its export',
        description:
          'Permission: aiops.audit.read; audited as audit-read. `format=json` (default)\nanswers a page (`limit`, then `cursor`); `jsonl` and `csv` stream every entry of the\nfilter as a file. An export without `entityRef` is the chain itself, which the\noffline verifier (`aiops-audit-verify` in `@unified-aiops/plugin-aiops-common`)\nchecks without trusting the server.\n',
        parameters: [
          {
            name: 'entityRef',
            in: 'query',
            required: false,
            allowReserved: true,
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
          {
            name: 'from',
            in: 'query',
            required: false,
            allowReserved: true,
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'to',
            in: 'query',
            required: false,
            allowReserved: true,
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'format',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['json', 'jsonl', 'csv'],
              default: 'json',
            },
          },
          {
            name: 'cursor',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              pattern: '^[0-9]+$',
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 1000,
              default: 100,
            },
          },
        ],
        responses: {
          '200': {
            description:
              'A page of entries (json), or the whole export (jsonl, csv)',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AuditPage',
                },
              },
              'application/x-ndjson': {
                schema: {
                  type: 'string',
                },
              },
              'text/csv': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/audit/verify': {
      get: {
        operationId: 'verifyAudit',
        summary: 'Verify the whole audit chain',
        description:
          'Permission: aiops.audit.read. Recomputes every hash in order and names the first entry that was edited, deleted or moved.',
        responses: {
          '200': {
            description: 'The verification',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AuditVerification',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
  },
} as const;

type Operation<Id extends keyof AiopsApiOperations> = AiopsApiOperations[Id];
type OperationParameters<
  Id extends keyof AiopsApiOperations,
  In extends 'path' | 'query',
> = NonNullable<Operation<Id>['parameters'][In]>;
type RequestBody<Id extends keyof AiopsApiOperations> = NonNullable<
  Operation<Id>['requestBody']
>['content']['application/json'];
type SuccessBody<
  Id extends keyof AiopsApiOperations,
  Status extends keyof Operation<Id>['responses'],
> = Operation<Id>['responses'][Status] extends {
  content: { 'application/json': infer Body };
}
  ? Body
  : void;

/** Path, query, body and success response of each route, keyed as the typed router expects. */
export type EndpointMap = {
  '#get|/v1/fleet': {
    response: SuccessBody<'getFleet', 200>;
  };
  '#post|/v1/status/batch': {
    body: RequestBody<'getStatuses'>;
    response: SuccessBody<'getStatuses', 200>;
  };
  '#post|/v1/models/{namespace}/{name}/records': {
    path: OperationParameters<'postRecords', 'path'>;
    body: RequestBody<'postRecords'>;
    response: SuccessBody<'postRecords', 202>;
  };
  '#put|/v1/models/{namespace}/{name}/reference': {
    path: OperationParameters<'setReference', 'path'>;
    body: RequestBody<'setReference'>;
    response: SuccessBody<'setReference', 200>;
  };
  '#get|/v1/models/{namespace}/{name}/status': {
    path: OperationParameters<'getModelStatus', 'path'>;
    response: SuccessBody<'getModelStatus', 200>;
  };
  '#get|/v1/models/{namespace}/{name}/checks': {
    path: OperationParameters<'getChecks', 'path'>;
    query: OperationParameters<'getChecks', 'query'>;
    response: SuccessBody<'getChecks', 200>;
  };
  '#post|/v1/models/{namespace}/{name}/checks': {
    path: OperationParameters<'runCheck', 'path'>;
    response: SuccessBody<'runCheck', 201>;
  };
  '#get|/v1/models/{namespace}/{name}/profiles': {
    path: OperationParameters<'getProfiles', 'path'>;
    query: OperationParameters<'getProfiles', 'query'>;
    response: SuccessBody<'getProfiles', 200>;
  };
  '#get|/v1/models/{namespace}/{name}/governance': {
    path: OperationParameters<'getGovernance', 'path'>;
    response: SuccessBody<'getGovernance', 200>;
  };
  '#get|/v1/models/{namespace}/{name}/gates': {
    path: OperationParameters<'listGates', 'path'>;
    query: OperationParameters<'listGates', 'query'>;
    response: SuccessBody<'listGates', 200>;
  };
  '#post|/v1/gate': {
    body: RequestBody<'evaluateGate'>;
    response: SuccessBody<'evaluateGate', 200>;
  };
  '#get|/v1/models/{namespace}/{name}/waivers': {
    path: OperationParameters<'listWaivers', 'path'>;
    response: SuccessBody<'listWaivers', 200>;
  };
  '#post|/v1/models/{namespace}/{name}/waivers': {
    path: OperationParameters<'requestWaiver', 'path'>;
    body: RequestBody<'requestWaiver'>;
    response: SuccessBody<'requestWaiver', 201>;
  };
  '#post|/v1/models/{namespace}/{name}/waivers/{waiverId}/approve': {
    path: OperationParameters<'approveWaiver', 'path'>;
    response: SuccessBody<'approveWaiver', 200>;
  };
  '#_delete|/v1/models/{namespace}/{name}/waivers/{waiverId}': {
    path: OperationParameters<'revokeWaiver', 'path'>;
    response: SuccessBody<'revokeWaiver', 200>;
  };
  '#get|/v1/models/{namespace}/{name}/approvals': {
    path: OperationParameters<'listApprovals', 'path'>;
    response: SuccessBody<'listApprovals', 200>;
  };
  '#post|/v1/models/{namespace}/{name}/approvals': {
    path: OperationParameters<'recordApproval', 'path'>;
    body: RequestBody<'recordApproval'>;
    response: SuccessBody<'recordApproval', 201>;
  };
  '#get|/v1/models/{namespace}/{name}/report': {
    path: OperationParameters<'getModelReport', 'path'>;
    response: SuccessBody<'getModelReport', 200>;
  };
  '#get|/v1/systems/{namespace}/{name}/report': {
    path: OperationParameters<'getSystemReport', 'path'>;
    response: SuccessBody<'getSystemReport', 200>;
  };
  '#get|/v1/governance/portfolio': {
    response: SuccessBody<'getPortfolio', 200>;
  };
  '#get|/v1/models/{namespace}/{name}/runs': {
    path: OperationParameters<'listRetrainingRuns', 'path'>;
    query: OperationParameters<'listRetrainingRuns', 'query'>;
    response: SuccessBody<'listRetrainingRuns', 200>;
  };
  '#post|/v1/models/{namespace}/{name}/runs': {
    path: OperationParameters<'triggerRetraining', 'path'>;
    body: RequestBody<'triggerRetraining'>;
    response: SuccessBody<'triggerRetraining', 201>;
  };
  '#get|/v1/pipelines/{namespace}/{name}/runs': {
    path: OperationParameters<'listPipelineRuns', 'path'>;
    query: OperationParameters<'listPipelineRuns', 'query'>;
    response: SuccessBody<'listPipelineRuns', 200>;
  };
  '#get|/v1/runs/{runId}': {
    path: OperationParameters<'getRetrainingRun', 'path'>;
    response: SuccessBody<'getRetrainingRun', 200>;
  };
  '#post|/v1/runs/{runId}/cancel': {
    path: OperationParameters<'cancelRetrainingRun', 'path'>;
    response: SuccessBody<'cancelRetrainingRun', 200>;
  };
  '#post|/v1/runs/{runId}/status': {
    path: OperationParameters<'reportRunStatus', 'path'>;
    body: RequestBody<'reportRunStatus'>;
    response: SuccessBody<'reportRunStatus', 200>;
  };
  '#post|/v1/runs/{runId}/evaluation': {
    path: OperationParameters<'reportRunEvaluation', 'path'>;
    body: RequestBody<'reportRunEvaluation'>;
    response: SuccessBody<'reportRunEvaluation', 200>;
  };
  '#post|/v1/runs/{runId}/approve': {
    path: OperationParameters<'approvePromotion', 'path'>;
    body: RequestBody<'approvePromotion'>;
    response: SuccessBody<'approvePromotion', 200>;
  };
  '#post|/v1/runs/{runId}/reject': {
    path: OperationParameters<'rejectPromotion', 'path'>;
    body: RequestBody<'rejectPromotion'>;
    response: SuccessBody<'rejectPromotion', 200>;
  };
  '#post|/v1/models/{namespace}/{name}/rollback': {
    path: OperationParameters<'rollbackModel', 'path'>;
    body: RequestBody<'rollbackModel'>;
    response: SuccessBody<'rollbackModel', 200>;
  };
  '#get|/v1/models/{namespace}/{name}/registration': {
    path: OperationParameters<'getModelRegistration', 'path'>;
    response: SuccessBody<'getModelRegistration', 200>;
  };
  '#put|/v1/models/{namespace}/{name}/registration': {
    path: OperationParameters<'registerModel', 'path'>;
    body: RequestBody<'registerModel'>;
    response: SuccessBody<'registerModel', 200>;
  };
  '#get|/v1/models/{namespace}/{name}/resources': {
    path: OperationParameters<'getModelResources', 'path'>;
    query: OperationParameters<'getModelResources', 'query'>;
    response: SuccessBody<'getModelResources', 200>;
  };
  '#post|/v1/otlp/v1/traces': {
    body: RequestBody<'ingestOtlpTraces'>;
    response: SuccessBody<'ingestOtlpTraces', 200>;
  };
  '#post|/v1/otlp/v1/logs': {
    body: RequestBody<'ingestOtlpLogs'>;
    response: SuccessBody<'ingestOtlpLogs', 200>;
  };
  '#post|/v1/kserve/events': {
    body: RequestBody<'ingestKserveEvents'>;
    response: SuccessBody<'ingestKserveEvents', 202>;
  };
  '#get|/v1/sources': {
    response: SuccessBody<'listIngestSources', 200>;
  };
  '#get|/v1/audit': {
    query: OperationParameters<'listAudit', 'query'>;
    response: SuccessBody<'listAudit', 200>;
  };
  '#get|/v1/audit/verify': {
    response: SuccessBody<'verifyAudit', 200>;
  };
};

/** A router that validates requests against the spec and types each route's handler. */
export const createOpenApiRouter = async (
  options?: Parameters<
    typeof createValidatedOpenApiRouterFromGeneratedEndpointMap
  >['1'],
) =>
  createValidatedOpenApiRouterFromGeneratedEndpointMap<EndpointMap>(
    spec,
    options,
  );
