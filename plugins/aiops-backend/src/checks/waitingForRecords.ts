import { ModelProfile } from '@unified-aiops/plugin-aiops-common';
import { CheckEvaluation } from './evaluateService';

/**
 * The result of a check whose current window holds fewer records than `minimum`, or null
 * when it holds enough to judge. On so few records the drift tests and the service signals
 * (hallucination rate, bias, latency) are noise, so none of them runs: the check is
 * `no-data` and says how many records it waits for.
 */
export function waitingForRecords(options: {
  reference: ModelProfile | null;
  current: ModelProfile;
  minimum: number;
}): CheckEvaluation | null {
  const { reference, current, minimum } = options;
  if (current.records >= minimum) return null;
  const waiting = `${current.records} of ${minimum} in the current window`;
  return {
    status: 'no-data',
    reason: reference
      ? `Waiting for records: ${waiting}`
      : `No reference profile is set; waiting for records: ${waiting}`,
    records: { reference: reference?.records ?? 0, current: current.records },
    features: [],
    prediction: null,
    driftedShare: 0,
    datasetDrift: false,
    llm: null,
    bias: null,
    latency: null,
    cost: null,
  };
}
