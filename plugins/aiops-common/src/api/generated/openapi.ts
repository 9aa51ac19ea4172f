// Generated from plugins/aiops-backend/src/schema/openapi.yaml by `yarn openapi:generate` in plugins/aiops-backend; do not edit.
/* eslint-disable */
export interface paths {
  '/v1/fleet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every MLModel the caller may see, with drift and governance status and counts by status
     * @description Permission: aiops.model.read. The drift status comes from the checks, not the labels.
     */
    get: operations['getFleet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/status/batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Drift and governance status of up to 1000 models
     * @description Permission: aiops.model.read. One item per ref, in order; unknown models, and models a person's catalog visibility hides, are no-data.
     */
    post: operations['getStatuses'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/records': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ingest a batch of inference records
     * @description Permission: aiops.records.create; audited as records-ingest. The idempotency key is
     *     required, in the body or in the `Idempotency-Key` header (both, differing: 400). An
     *     accepted batch is committed before the 202 and folded into window profiles in the
     *     background. A repeated key with the same body gets the first answer again with
     *     `Idempotent-Replayed: true`, applying nothing; with another body it is a 409. Any bad
     *     record rejects the whole batch (400 naming the record and field), as does a record
     *     timed more than 5 minutes ahead of the server or older than the profile retention.
     */
    post: operations['postRecords'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/reference': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Set the reference profile from training records or a pinned production window
     * @description Permission: aiops.reference.update; audited as reference-set. A pinned range covers every profile window it touches, whole; the answer gives those bounds.
     */
    put: operations['setReference'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/status': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /**
     * Current drift status and the latest check
     * @description Permission: aiops.model.read.
     */
    get: operations['getModelStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/checks': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /**
     * Check history, newest first
     * @description Permission: aiops.model.read.
     */
    get: operations['getChecks'];
    put?: never;
    /**
     * Fold pending batches and run a check now
     * @description Permission: aiops.check.run; audited as check-run.
     */
    post: operations['runCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{namespace}/{name}/profiles': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /**
     * The current window's merged profile against the reference, for charts
     * @description Permission: aiops.model.read. Every profile window the range touches is read whole, and the answer's window gives those bounds.
     */
    get: operations['getProfiles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Backstage's error body */
    ErrorBody: {
      error: {
        name: string;
        message: string;
      };
      request?: {
        method: string;
        url: string;
      };
      response: {
        statusCode: number;
      };
    };
    /**
     * @description Drift status of a model; no-data until a check could judge
     * @enum {string}
     */
    DriftStatus: 'no-data' | 'ok' | 'warning' | 'drift';
    /**
     * @description Governance status of a model; unknown until a policy evaluated it
     * @enum {string}
     */
    GovernanceStatus: 'unknown' | 'compliant' | 'at-risk' | 'non-compliant';
    /**
     * @description A drift test, named as Evidently names it
     * @enum {string}
     */
    DriftTest:
      | 'ks'
      | 'wasserstein'
      | 'psi'
      | 'jensenshannon'
      | 'chisquare'
      | 'z';
    /** @description A value of a feature, prediction or label */
    RecordScalar: number | string | boolean | null;
    /** @description LLM quality signals of one inference, as a judge or the application reports them */
    LlmSignals: {
      /** @description Verdict of the hallucination judge */
      hallucination?: boolean;
      /** @description Scores of named judges (e.g. faithfulness), usually in [0, 1] */
      judgeScores?: {
        [key: string]: number;
      };
      promptTokens?: number;
      completionTokens?: number;
    };
    /** @description One inference record a model service posts */
    InferenceRecord: {
      /**
       * Format: date-time
       * @description Time of the inference; the time of ingest when absent
       */
      timestamp?: string;
      /** @description Feature values by name; a model that declares monitoring.predictionField or labelField may carry its prediction and label here under those names */
      features: {
        [key: string]: components['schemas']['RecordScalar'];
      };
      prediction?: components['schemas']['RecordScalar'];
      label?: components['schemas']['RecordScalar'];
      latencyMs?: number;
      llm?: components['schemas']['LlmSignals'];
      /** @description Group attributes (e.g. `{ gender: 'f' }`) for bias measures */
      groups?: {
        [key: string]: string;
      };
      costUsd?: number;
    };
    IdempotencyKey: string;
    IngestRequest: {
      idempotencyKey?: components['schemas']['IdempotencyKey'];
      /** @description At most aiops.ingest.maxBatchRecords records */
      records: components['schemas']['InferenceRecord'][];
    };
    /** @description Answer to an accepted, durable batch */
    IngestAccepted: {
      batchId: string;
      accepted: number;
    };
    /** @description Training records folded into the reference profile, or a production window pinned as the reference */
    ReferenceUpdate:
      | {
          /** @description At most aiops.ingest.maxReferenceRecords records */
          records: components['schemas']['InferenceRecord'][];
          modelVersion?: string;
        }
      | {
          pinWindow: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
          };
          modelVersion?: string;
        };
    /** @description Where a model's reference profile came from */
    ReferenceInfo: {
      /** @enum {string} */
      source: 'records' | 'window';
      modelVersion: string | null;
      /**
       * Format: date-time
       * @description Start of the pinned range, whole profile windows; null for training records
       */
      windowFrom: string | null;
      /**
       * Format: date-time
       * @description End of the pinned range (exclusive); null for training records
       */
      windowTo: string | null;
      recordCount: number;
      /** Format: date-time */
      updatedAt: string;
    };
    SampleCounts: {
      reference: number;
      current: number;
    };
    /** @description Outcome of one feature's (or the prediction's) drift test */
    FeatureCheckResult: {
      name: string;
      /** @enum {string} */
      kind: 'numerical' | 'categorical';
      /**
       * @description no-data also when the test could not run; error then says why
       * @enum {string}
       */
      decision: 'ok' | 'drift' | 'no-data';
      test: components['schemas']['DriftTest'] | null;
      statistic: number | null;
      pValue: number | null;
      threshold: number | null;
      /**
       * @description profile: the whole window, from the profile's counts or sketch; reservoir: the profiles' uniform samples (every value while the window fits in them)
       * @enum {string}
       */
      method: 'profile' | 'reservoir';
      /** @description Values the test used */
      sampleSizes: components['schemas']['SampleCounts'];
      /** @description Values the windows held */
      population: components['schemas']['SampleCounts'];
      /** @description Whether the test saw a sample rather than every value */
      sampled: boolean;
      /** @description Why the test could not run (e.g. a pinned test the feature's values cannot take) */
      error?: string;
      /** @description Why the test differs from the one the rule would choose, or had nothing to measure (e.g. a single category on both sides), when it does */
      note?: string;
    };
    /** @description Group fairness of binary decisions */
    FairnessResult: {
      /** @description Share of positive decisions per group value */
      selectionRates: {
        [key: string]: number;
      };
      /** @description Highest selection rate minus the lowest */
      demographicParityDifference: number;
      /** @description Lowest selection rate over the highest; null (undefined, 0 / 0) when no group is ever selected */
      disparateImpactRatio: number | null;
      /** @description Disparate impact below 0.8 (EEOC four-fifths rule); an undefined ratio is no violation */
      fourFifthsViolation: boolean;
    };
    HallucinationTally: {
      judged: number;
      hallucinations: number;
      rate: number;
    };
    /** @description Hallucination-rate shift: two-proportion z-test on the judge verdicts */
    LlmCheckResult: {
      reference: components['schemas']['HallucinationTally'];
      current: components['schemas']['HallucinationTally'];
      pValue: number;
      /** @description Least rise that counts (thresholds.hallucinationRateIncrease), 0 when unset */
      minIncrease: number;
      regression: boolean;
    };
    /** @description Group fairness of the positive predictions, current against reference */
    BiasCheckResult: {
      groupField: string;
      reference: components['schemas']['FairnessResult'] | null;
      current: components['schemas']['FairnessResult'];
      minDisparateImpact: number;
      maxParityDifference: number | null;
      regression: boolean;
    };
    /** @description Latency quantiles in ms, from the profiles' sketches (2% relative accuracy) */
    LatencyQuantiles: {
      p50: number;
      p95: number;
      p99: number;
    };
    /** @description Latency regression against the reference and the SLO */
    LatencyCheckResult: {
      reference: components['schemas']['LatencyQuantiles'] | null;
      current: components['schemas']['LatencyQuantiles'];
      sloMs: number | null;
      /** @description Current p95 above the SLO */
      sloBreach: boolean;
      /** @description Current p95 more than 1.2 times the reference p95 */
      regression: boolean;
    };
    /** @description What one check found, before hysteresis */
    DriftCheckResult: {
      status: components['schemas']['DriftStatus'];
      reason: string;
      records: components['schemas']['SampleCounts'];
      features: components['schemas']['FeatureCheckResult'][];
      prediction: components['schemas']['FeatureCheckResult'] | null;
      driftedShare: number;
      datasetDrift: boolean;
      datasetDriftShare: number;
      /** @description Fewest current-window records the check needed to judge; below it the check is no-data and the model keeps its status. Absent from checks stored before it existed. */
      minCurrentRecords?: number;
      window: {
        /** Format: date-time */
        from: string;
        /** Format: date-time */
        to: string;
      };
      reference: components['schemas']['ReferenceInfo'] | null;
      /** @description Absent from checks stored before the LLM sections existed */
      llm?: components['schemas']['LlmCheckResult'] | null;
      bias?: components['schemas']['BiasCheckResult'] | null;
      latency?: components['schemas']['LatencyCheckResult'] | null;
    };
    /** @description One stored drift check */
    DriftCheck: {
      id: string;
      entityRef: string;
      /** Format: date-time */
      checkedAt: string;
      /** @enum {string} */
      trigger: 'schedule' | 'manual';
      /** @description Tier of this check alone */
      resultStatus: components['schemas']['DriftStatus'];
      /** @description Model status after hysteresis */
      status: components['schemas']['DriftStatus'];
      result: components['schemas']['DriftCheckResult'];
    };
    DriftCheckList: {
      items: components['schemas']['DriftCheck'][];
    };
    /** @description Current drift status of a model with its latest check */
    ModelDriftStatus: {
      entityRef: string;
      status: components['schemas']['DriftStatus'];
      pendingStatus: components['schemas']['DriftStatus'] | null;
      pendingCount: number;
      /** @description Consecutive better results needed before the status goes down a tier (hysteresis) */
      recoveryChecks: number;
      /** Format: date-time */
      lastCheckedAt: string | null;
      /** Format: date-time */
      changedAt: string | null;
      latest: components['schemas']['DriftCheck'] | null;
    };
    /** @description One model of the fleet as the fleet page lists it */
    FleetModel: {
      entityRef: string;
      name: string;
      /** @description Absent when the entity has none */
      title?: string;
      owner: string;
      /** @description Absent when the entity is part of no system */
      system?: string;
      type: string;
      riskTier: string;
      lifecycle: string;
      driftStatus: components['schemas']['DriftStatus'];
      governanceStatus: components['schemas']['GovernanceStatus'];
    };
    /** @description The whole fleet with counts by status */
    FleetSummary: {
      total: number;
      byDriftStatus: {
        'no-data': number;
        ok: number;
        warning: number;
        drift: number;
      };
      byGovernanceStatus: {
        unknown: number;
        compliant: number;
        'at-risk': number;
        'non-compliant': number;
      };
      models: components['schemas']['FleetModel'][];
    };
    StatusBatchRequest: {
      entityRefs: string[];
    };
    /** @description Status of one model as the catalog module stamps it */
    ModelStatusItem: {
      /** @description The ref as asked */
      entityRef: string;
      driftStatus: components['schemas']['DriftStatus'];
      governanceStatus: components['schemas']['GovernanceStatus'];
    };
    ModelStatusList: {
      items: components['schemas']['ModelStatusItem'][];
    };
    /** @description Quantiles and moments of numeric values; null without values */
    NumericStats: {
      count: number;
      mean: number | null;
      std: number | null;
      min: number | null;
      max: number | null;
      p50: number | null;
      p95: number | null;
      p99: number | null;
    };
    /** @description What a chart shows of one feature in one profile */
    FeatureStats: {
      count: number;
      nulls: number;
      numeric: components['schemas']['NumericStats'];
      topCategories: {
        value: string;
        count: number;
      }[];
      otherCategories: number;
    };
    /** @description Reference and current side by side, binned on shared edges */
    FeatureComparison: {
      name: string;
      /** @enum {string} */
      kind: 'numerical' | 'categorical';
      current: components['schemas']['FeatureStats'] | null;
      reference: components['schemas']['FeatureStats'] | null;
      /** @description Numerical: edges.length - 1 bins; categorical: one bin per category */
      histogram: {
        labels: string[];
        edges?: number[];
        current: number[];
        reference: number[];
      };
    };
    /** @description Whole-profile counts and signals */
    ProfileTotals: {
      records: number;
      /** Format: date-time */
      firstTimestamp: string | null;
      /** Format: date-time */
      lastTimestamp: string | null;
      latencyMs: components['schemas']['NumericStats'];
      llm: {
        judged: number;
        hallucinations: number;
        hallucinationRate: number | null;
        judgeScores: {
          [key: string]: {
            count: number;
            mean: number;
          };
        };
        promptTokens: number;
        completionTokens: number;
      };
      costUsd: number;
      /** @description Group attribute → value → records and share of positive predictions */
      groups: {
        [key: string]: {
          [key: string]: {
            count: number;
            positiveRate: number;
          };
        };
      };
    };
    /** @description The current window's merged profile against the reference, for charts */
    ModelProfiles: {
      entityRef: string;
      /** @description Bounds of the profile windows read (whole windows) and how many held records */
      window: {
        /** Format: date-time */
        from: string;
        /** Format: date-time */
        to: string;
        windows: number;
      };
      referenceSource: components['schemas']['ReferenceInfo'] | null;
      current: components['schemas']['ProfileTotals'];
      reference: components['schemas']['ProfileTotals'] | null;
      features: components['schemas']['FeatureComparison'][];
      prediction: components['schemas']['FeatureComparison'] | null;
    };
  };
  responses: {
    /** @description InputError — the request breaks this contract (the message names the failing path), or a rule of the route */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description AuthenticationError — no or invalid credentials */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description NotAllowedError — the permission policy denies the route's permission */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description NotFoundError — no MLModel of that name in the catalog, or one the caller may not see */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
  };
  parameters: {
    /** @description Catalog namespace of the MLModel */
    namespace: string;
    /** @description Catalog name of the MLModel */
    name: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getFleet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The fleet */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FleetSummary'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getStatuses: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StatusBatchRequest'];
      };
    };
    responses: {
      /** @description One status per asked ref */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelStatusList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  postRecords: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: components['schemas']['IdempotencyKey'];
      };
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IngestRequest'];
      };
    };
    responses: {
      /** @description Accepted and durable */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IngestAccepted'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      /** @description ConflictError — the idempotency key was used before with another body */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  setReference: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReferenceUpdate'];
      };
    };
    responses: {
      /** @description The stored reference */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferenceInfo'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getModelStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The model's drift status */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelDriftStatus'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getChecks: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The latest checks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DriftCheckList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  runCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stored check */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DriftCheck'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getProfiles: {
    parameters: {
      query?: {
        /** @description Default the start of the windows the check reads (now minus the model's windowHours) */
        from?: string;
        /** @description Default the end of the current profile window */
        to?: string;
      };
      header?: never;
      path: {
        /** @description Catalog namespace of the MLModel */
        namespace: components['parameters']['namespace'];
        /** @description Catalog name of the MLModel */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Per-feature statistics and histograms on shared bins, the prediction, and totals */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelProfiles'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
}
type FlattenedDeepRequired<T> = {
  [K in keyof T]-?: FlattenedDeepRequired<
    T[K] extends unknown[] | undefined | null
      ? Extract<T[K], unknown[]>[number]
      : T[K]
  >;
};
type ReadonlyArray<T> = [Exclude<T, undefined>] extends [unknown[]]
  ? Readonly<Exclude<T, undefined>>
  : Readonly<Exclude<T, undefined>[]>;
export const driftStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['DriftStatus']
> = ['no-data', 'ok', 'warning', 'drift'];
export const governanceStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['GovernanceStatus']
> = ['unknown', 'compliant', 'at-risk', 'non-compliant'];
export const driftTestValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['DriftTest']
> = ['ks', 'wasserstein', 'psi', 'jensenshannon', 'chisquare', 'z'];
export const referenceInfoSourceValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ReferenceInfo']['source']
> = ['records', 'window'];
export const featureCheckResultKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FeatureCheckResult']['kind']
> = ['numerical', 'categorical'];
export const featureCheckResultDecisionValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FeatureCheckResult']['decision']
> = ['ok', 'drift', 'no-data'];
export const featureCheckResultMethodValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FeatureCheckResult']['method']
> = ['profile', 'reservoir'];
export const driftCheckTriggerValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['DriftCheck']['trigger']
> = ['schedule', 'manual'];
export const featureComparisonKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FeatureComparison']['kind']
> = ['numerical', 'categorical'];
