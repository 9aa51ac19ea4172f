import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { RetrainingRun } from '@unified-aiops/plugin-aiops-common';
import { DEFAULT_NAMESPACE } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useMemo, useState } from 'react';
import { usePipelineRuns } from '../../hooks/useRetraining';
import { RunComparisonCard } from '../RetrainingContent/RunComparisonCard';
import { RunsTable } from '../RetrainingContent/runColumns';

/** The pipeline's runs at a glance: how many, in flight, judged and passed, promoted. */
function RunFigures(props: { runs: RetrainingRun[] }) {
  const { runs } = props;
  const judged = runs.filter(r => r.decision);
  const figures = [
    { label: 'Runs', value: runs.length },
    {
      label: 'In flight',
      value: runs.filter(r => r.state === 'queued' || r.state === 'running')
        .length,
    },
    {
      label: 'Passed the gate',
      value: `${judged.filter(r => r.decision === 'pass').length} of ${
        judged.length
      }`,
    },
    {
      label: 'Awaiting approval',
      value: runs.filter(r => r.promotion?.state === 'awaiting-approval')
        .length,
    },
    {
      // promoted and not rolled back: in force, or superseded by a later promotion
      label: 'Promoted',
      value: runs.filter(
        r =>
          r.promotion?.state === 'promoted' ||
          r.promotion?.state === 'superseded',
      ).length,
    },
    {
      label: 'Failed or timed out',
      value: runs.filter(r => r.state === 'failed' || r.state === 'timed-out')
        .length,
    },
  ];
  return (
    <Grid container spacing={2}>
      {figures.map(f => (
        <Grid item key={f.label} xs={6} sm={4} md={2}>
          <Typography variant="h4">{f.value}</Typography>
          <Typography variant="body2" color="textSecondary">
            {f.label}
          </Typography>
        </Grid>
      ))}
    </Grid>
  );
}

/**
 * The Runs tab of an MLPipeline: its runs across the models it trains, newest first, in
 * the Retraining tab's style (state, trigger, gate, promotion), and the selected run's
 * champion-vs-challenger comparison. Approvals and rollbacks stay on each model's
 * Retraining tab, where the model's permissions apply.
 */
export function PipelineRunsContent() {
  const { entity } = useEntity();
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  const name = entity.metadata.name;
  const pipeline = useMemo(() => ({ namespace, name }), [namespace, name]);
  const { runs } = usePipelineRuns(pipeline);
  const [selectedId, setSelectedId] = useState<string>();
  if (!runs.value) {
    if (runs.error) return <ResponseErrorPanel error={runs.error} />;
    return <Progress />;
  }
  const items = runs.value;
  const selected = items.find(r => r.id === selectedId) ?? items[0];
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard
          title="Runs"
          subheader={
            items.length <= 1
              ? `${items.length ? 'The one' : 'No'} run of this pipeline so far`
              : `The latest ${items.length} runs of this pipeline, for every model it retrains`
          }
        >
          <RunFigures runs={items} />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <RunsTable
          runs={items}
          selectedId={selected?.id}
          onSelect={setSelectedId}
          model
          empty="No run yet: a model that names this pipeline in spec.trainedBy starts one when its drift holds, or from its Retraining tab."
        />
      </Grid>
      {selected && (
        <Grid item xs={12}>
          <RunComparisonCard run={selected} />
        </Grid>
      )}
    </Grid>
  );
}
