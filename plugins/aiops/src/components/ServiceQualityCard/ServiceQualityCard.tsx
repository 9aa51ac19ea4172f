import { InfoCard } from '@backstage/core-components';
import Chip from '@material-ui/core/Chip';
import {
  BiasCheckResult,
  DriftCheck,
  ServingCheckResult,
} from '@unified-aiops/plugin-aiops-common';
import { FieldGrid } from '../FieldGrid';
import {
  formatCount,
  formatMeasure,
  formatShare,
  formatTime,
  formatUsd,
} from '../displayFormats';

function Verdict(props: { bad: boolean; good: string; badLabel: string }) {
  return (
    <Chip
      size="small"
      color={props.bad ? 'secondary' : 'default'}
      label={props.bad ? props.badLabel : props.good}
    />
  );
}

const ms = (value: number) => `${Math.round(value)} ms`;

/** "a 0.8, b 0.5": a rate per group, as equalized odds compares them. */
const ratesByGroup = (rates: Record<string, number>) =>
  Object.entries(rates)
    .map(([group, rate]) => `${group} ${formatMeasure(rate)}`)
    .join(', ');

/**
 * Disparate impact and parity difference, and equalized odds where records carried
 * labels, with a verdict; or why they cannot be judged.
 */
function BiasValue(props: { bias: BiasCheckResult }) {
  const { bias } = props;
  if (!bias.current) {
    return <>{bias.insufficientData ?? 'insufficient data'}</>;
  }
  const { current, reference } = bias;
  const odds = current.equalizedOdds;
  const maxOdds = bias.maxEqualizedOddsDifference ?? null;
  // each measure with its bound, or that it is shown but not judged
  const bound = (limit: number | null, word: 'at least' | 'at most') =>
    limit === null || (word === 'at least' && limit === 0)
      ? 'not judged'
      : `${word} ${formatMeasure(limit)}`;
  const was = (value: number | null | undefined) =>
    value === null || value === undefined
      ? ''
      : `, reference ${formatMeasure(value)}`;
  return (
    <>
      disparate impact{' '}
      {/* null: no group was selected, so the ratio is 0 / 0 */}
      {current.disparateImpactRatio === null
        ? 'n/a'
        : formatMeasure(current.disparateImpactRatio)}{' '}
      ({bound(bias.minDisparateImpact, 'at least')}
      {was(reference?.disparateImpactRatio)}), parity difference{' '}
      {formatMeasure(current.demographicParityDifference)} (
      {bound(bias.maxParityDifference, 'at most')}
      {was(reference?.demographicParityDifference)})
      {odds && (
        <>
          , equalized odds difference {formatMeasure(odds.difference)} (
          {bound(maxOdds, 'at most')}
          {was(reference?.equalizedOdds?.difference)}; TPR{' '}
          {ratesByGroup(odds.truePositiveRates)}; FPR{' '}
          {ratesByGroup(odds.falsePositiveRates)})
        </>
      )}{' '}
      <Verdict
        bad={bias.regression}
        good="within bounds"
        badLabel="bias shift"
      />
    </>
  );
}

const seconds = (value: number) =>
  value < 1 ? `${Math.round(value * 1000)} ms` : `${value.toFixed(2)} s`;

/**
 * The medians of Prometheus's samples over the check's window, against the window before
 * it, with a chip per rule that broke (or one saying none did).
 */
function ServingValue(props: { serving: ServingCheckResult }) {
  const { current, baseline, sloMs, maxErrorRate } = props.serving;
  const { sloBreach, errorBreach, regression } = props.serving;
  const figures = [
    current.latencyP95Seconds !== null &&
      `p95 ${seconds(current.latencyP95Seconds)}${
        baseline?.latencyP95Seconds
          ? ` (window before ${seconds(baseline.latencyP95Seconds)})`
          : ' (no samples from the window before yet: no regression judged)'
      }${
        sloBreach === null && sloMs !== null
          ? ', estimated within histogram buckets; the SLO is judged on the records'
          : ''
      }`,
    current.errorRate !== null && `errors ${formatShare(current.errorRate)}`,
    current.requestsPerSecond !== null &&
      `${formatMeasure(current.requestsPerSecond)} req/s`,
  ].filter(Boolean);
  const broken = sloBreach || errorBreach || regression;
  return (
    <>
      {figures.join(', ')}; median of {formatCount(current.samples)} samples{' '}
      {sloBreach && (
        <Verdict bad good="" badLabel={`p95 over SLO ${ms(sloMs!)}`} />
      )}{' '}
      {regression && (
        <Verdict bad good="" badLabel="slower than the window before" />
      )}{' '}
      {errorBreach && (
        <Verdict
          bad
          good=""
          badLabel={`errors over ${formatShare(maxErrorRate!)}`}
        />
      )}
      {!broken && <Verdict bad={false} good="within bounds" badLabel="" />}
    </>
  );
}

/**
 * LLM quality (hallucination rate, bias), latency and cost of the latest check, with
 * verdict chips: the service beside the model, on one card.
 */
export function ServiceQualityCard(props: { result: DriftCheck['result'] }) {
  const { llm, bias, latency, cost, serving, window, records } = props.result;
  return (
    <InfoCard
      title="Quality, latency & cost"
      subheader={`From the latest check: the ${formatCount(
        records.current,
      )} records and spans of ${formatTime(window.from)} – ${formatTime(
        window.to,
      )}`}
    >
      <FieldGrid
        fields={[
          {
            label: 'Hallucination rate',
            value: llm && (
              <>
                {formatShare(llm.current.rate)} (reference{' '}
                {formatShare(llm.reference.rate)},{' '}
                {/* as the check's sentence says it: a p too small to print is < 1e-9 */}
                {llm.pValue < 1e-9
                  ? 'p < 1e-9'
                  : `p = ${formatMeasure(llm.pValue)}`}
                ){' '}
                <Verdict
                  bad={llm.regression}
                  good="no rise"
                  badLabel="rate rose"
                />
              </>
            ),
          },
          {
            label: bias ? `Bias by ${bias.groupField}` : 'Bias',
            value: bias && <BiasValue bias={bias} />,
          },
          {
            label: 'Latency p50 / p95 / p99',
            value: latency && (
              <>
                {ms(latency.current.p50)} / {ms(latency.current.p95)} /{' '}
                {ms(latency.current.p99)}
                {latency.reference &&
                  ` (reference p95 ${ms(latency.reference.p95)})`}{' '}
                {latency.sloMs !== null && (
                  <Verdict
                    bad={latency.sloBreach}
                    good={`p95 within SLO ${ms(latency.sloMs)}`}
                    badLabel={`p95 over SLO ${ms(latency.sloMs)}`}
                  />
                )}{' '}
                {latency.regression && (
                  <Verdict bad good="" badLabel="slower than reference" />
                )}
              </>
            ),
          },
          {
            label: 'Serving (Prometheus)',
            value: serving && <ServingValue serving={serving} />,
          },
          {
            label: 'Cost per 1,000 requests',
            value: cost && cost.current.perThousandUsd !== null && (
              <>
                {formatUsd(cost.current.perThousandUsd)}
                {typeof cost.reference?.perThousandUsd === 'number' &&
                  ` (reference ${formatUsd(cost.reference.perThousandUsd)})`}
                {cost.current.tokensPerRequest !== null &&
                  `, ${Math.round(cost.current.tokensPerRequest).toLocaleString(
                    'en-US',
                  )} tokens per request`}
                ; {formatUsd(cost.current.totalUsd)} in the window{' '}
                <Verdict
                  bad={cost.regression}
                  good={`within ×${cost.maxIncreaseRatio} of reference`}
                  badLabel="costlier than reference"
                />
              </>
            ),
          },
        ]}
      />
    </InfoCard>
  );
}
