import { DriftStatus, GovernanceStatus } from '../entities/constants';
import { InferenceRecord, ProfileComparison } from '../profiles';
import { DriftTestName, FairnessResult } from '../stats';

/** One model of the fleet as the fleet page lists it. */
export interface FleetModel {
  entityRef: string;
  name: string;
  title?: string;
  owner?: string;
  system?: string;
  type?: string;
  riskTier?: string;
  lifecycle?: string;
  driftStatus: DriftStatus;
  governanceStatus: GovernanceStatus;
}

/** The whole fleet with counts by status. */
export interface FleetSummary {
  total: number;
  byDriftStatus: Record<DriftStatus, number>;
  byGovernanceStatus: Record<GovernanceStatus, number>;
  models: FleetModel[];
}

/** Answer to an accepted batch of inference records (HTTP 202). */
export interface IngestAccepted {
  batchId: string;
  accepted: number;
}

/** Where a model's reference profile came from. */
export interface ReferenceInfo {
  source: 'records' | 'window';
  modelVersion: string | null;
  windowFrom: number | null;
  windowTo: number | null;
  recordCount: number;
  updatedAt: number;
}

/** Outcome of one feature's (or the prediction's) drift test. */
export interface FeatureCheckResult {
  name: string;
  kind: 'numerical' | 'categorical';
  /** `no-data` also when the test could not run; `error` then says why. */
  decision: 'ok' | 'drift' | 'no-data';
  test: DriftTestName | null;
  statistic: number | null;
  pValue: number | null;
  threshold: number | null;
  /**
   * `profile`: the whole window, from the profile's counts or sketch; `reservoir`: the
   * profiles' uniform samples (every value while the window fits in them).
   */
  method: 'profile' | 'reservoir';
  /** Values the test used. */
  sampleSizes: { reference: number; current: number };
  /** Values the windows held. */
  population: { reference: number; current: number };
  /** Whether the test saw a sample rather than every value. */
  sampled: boolean;
  /** Why the test could not run (e.g. a pinned test the feature's values cannot take). */
  error?: string;
  /** Why the test differs from the one the rule would choose, or had nothing to measure. */
  note?: string;
}

/** Hallucination-rate shift, a section of a check: two-proportion z-test on the judge verdicts. */
export interface LlmCheckResult {
  reference: { judged: number; hallucinations: number; rate: number };
  current: { judged: number; hallucinations: number; rate: number };
  pValue: number;
  /** Least rise that counts (`thresholds.hallucinationRateIncrease`), 0 when unset. */
  minIncrease: number;
  regression: boolean;
}

/** Group fairness of the positive predictions, current against reference. */
export interface BiasCheckResult {
  groupField: string;
  reference: FairnessResult | null;
  current: FairnessResult;
  minDisparateImpact: number;
  maxParityDifference: number | null;
  regression: boolean;
}

/** Latency quantiles in ms, from the profiles' sketches (2% relative accuracy). */
export interface LatencyQuantiles {
  p50: number;
  p95: number;
  p99: number;
}

/** Latency regression against the reference and the SLO. */
export interface LatencyCheckResult {
  reference: LatencyQuantiles | null;
  current: LatencyQuantiles;
  sloMs: number | null;
  /** Current p95 above the SLO. */
  sloBreach: boolean;
  /** Current p95 more than 1.2× the reference p95. */
  regression: boolean;
}

/** What the feature tests of one check found, before hysteresis. */
export interface DriftEvaluation {
  status: DriftStatus;
  reason: string;
  records: { reference: number; current: number };
  features: FeatureCheckResult[];
  prediction: FeatureCheckResult | null;
  driftedShare: number;
  datasetDrift: boolean;
}

/** One stored drift check. */
export interface DriftCheck {
  id: string;
  modelRef: string;
  checkedAt: string;
  trigger: 'schedule' | 'manual';
  /** Tier of this check alone. */
  resultStatus: DriftStatus;
  /** Model status after hysteresis. */
  status: DriftStatus;
  result: DriftEvaluation & {
    datasetDriftShare: number;
    /**
     * Fewest current-window records the check needed to judge; below it the check is
     * `no-data` and the model's status stays as it was. Absent from checks stored before it existed.
     */
    minCurrentRecords?: number;
    window: { from: string; to: string };
    reference: ReferenceInfo | null;
    /** LLM and service sections; absent from checks stored before they existed. */
    llm?: LlmCheckResult | null;
    bias?: BiasCheckResult | null;
    latency?: LatencyCheckResult | null;
  };
}

/** Current drift status of a model with its latest check. */
export interface ModelDriftStatus {
  entityRef: string;
  status: DriftStatus;
  pendingStatus: DriftStatus | null;
  pendingCount: number;
  /** Consecutive better results needed before the status goes down a tier (hysteresis). */
  recoveryChecks: number;
  lastCheckedAt: string | null;
  changedAt: string | null;
  latest: DriftCheck | null;
}

/** Status of one model as the catalog module stamps it. */
export interface ModelStatusItem {
  entityRef: string;
  driftStatus: DriftStatus;
  governanceStatus: GovernanceStatus;
}

/** Current window profile against the reference, for charts. */
export type ModelProfiles = {
  modelRef: string;
  window: { from: string; to: string; windows: number };
  referenceSource: ReferenceInfo | null;
} & ProfileComparison;

/** Body of a reference update: training records or a pinned production window. */
export type ReferenceUpdate =
  | { records: InferenceRecord[]; modelVersion?: string }
  | { pinWindow: { from: string; to: string }; modelVersion?: string };
