import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import { DriftCheck, ModelProfiles } from '@unified-aiops/plugin-aiops-common';
import { useState } from 'react';
import { useModelMonitoring } from '../../hooks/useModelMonitoring';
import { useMonitoredModel } from '../../hooks/useMonitoredModel';
import { DriftHistoryChart } from '../DriftHistoryChart';
import { DriftSummaryCard } from '../DriftSummaryCard';
import { ResourceUsageCard } from '../ResourceUsageCard';
import { ServiceQualityCard } from '../ServiceQualityCard';
import { FeatureDriftTable, featureDriftRows } from '../FeatureDriftTable';
import { FeatureHistogramCard } from '../FeatureHistogramCard';
import { MissingData, MonitoringEmptyState } from '../MonitoringEmptyState';
import { RunCheckButton } from '../RunCheckButton';

function missingData(profiles: ModelProfiles): MissingData | undefined {
  if (!profiles.reference) return 'reference';
  if (profiles.current.records === 0) return 'records';
  return undefined;
}

/** The feature to chart first: the first row of the drift table, else the first profiled. */
function defaultFeature(latest: DriftCheck | null, profiles?: ModelProfiles) {
  const first = latest ? featureDriftRows(latest.result)[0] : undefined;
  return first?.name ?? profiles?.features[0]?.name;
}

/** The Monitoring tab of an MLModel: drift status, per-feature drift, distributions, history. */
export function MonitoringContent() {
  const model = useMonitoredModel();
  const { status, checks, profiles, refresh } = useModelMonitoring(model);
  const [selected, setSelected] = useState<string>();

  if (!status.value) {
    if (status.error) return <ResponseErrorPanel error={status.error} />;
    return <Progress />;
  }
  const latest = status.value.latest;
  const feature = selected ?? defaultFeature(latest, profiles.value);
  const missing = profiles.value && missingData(profiles.value);
  const comparisons = profiles.value
    ? [
        ...profiles.value.features,
        ...(profiles.value.prediction ? [profiles.value.prediction] : []),
        ...(profiles.value.label ? [profiles.value.label] : []),
      ]
    : [];

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <DriftSummaryCard
          status={status.value}
          action={<RunCheckButton model={model} onChecked={refresh} />}
        />
      </Grid>
      {profiles.error && (
        <Grid item xs={12}>
          <ResponseErrorPanel error={profiles.error} />
        </Grid>
      )}
      {!profiles.value && !profiles.error && (
        <Grid item xs={12}>
          <Progress />
        </Grid>
      )}
      {missing && (
        <Grid item xs={12}>
          <MonitoringEmptyState missing={missing} model={model} />
        </Grid>
      )}
      {latest &&
        latest.result.features.length + (latest.result.prediction ? 1 : 0) >
          0 && (
          <Grid item xs={12}>
            <FeatureDriftTable
              result={latest.result}
              selected={feature}
              onSelect={setSelected}
            />
          </Grid>
        )}
      {latest &&
        (latest.result.llm ||
          latest.result.bias ||
          latest.result.latency ||
          latest.result.cost ||
          latest.result.serving) && (
          <Grid item xs={12}>
            <ServiceQualityCard result={latest.result} />
          </Grid>
        )}
      <Grid item xs={12}>
        <ResourceUsageCard model={model} />
      </Grid>
      {!missing && comparisons.length > 0 && (
        <Grid item xs={12} lg={6}>
          <FeatureHistogramCard
            features={comparisons}
            selected={feature}
            onSelect={setSelected}
          />
        </Grid>
      )}
      <Grid item xs={12} lg={6}>
        {checks.error && <ResponseErrorPanel error={checks.error} />}
        {!checks.value && !checks.error && <Progress />}
        {checks.value && checks.value.length > 0 && (
          <DriftHistoryChart
            checks={checks.value}
            datasetDriftShare={latest?.result.datasetDriftShare}
          />
        )}
      </Grid>
    </Grid>
  );
}
