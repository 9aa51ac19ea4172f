import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import {
  ModelDriftStatus,
  ReferenceInfo,
} from '@unified-aiops/plugin-aiops-common';
import { ReactNode } from 'react';
import { FieldGrid } from '../FieldGrid';
import { StatusChip } from '../StatusChip';
import { formatCount, formatShare, formatTime } from '../displayFormats';

function referenceText(reference: ReferenceInfo | null) {
  if (!reference) return undefined;
  const source =
    reference.source === 'records'
      ? 'training records'
      : `pinned window ${formatTime(reference.windowFrom)} – ${formatTime(
          reference.windowTo,
        )}`;
  const version = reference.modelVersion
    ? `model version ${reference.modelVersion}`
    : 'no model version';
  return `${source}, ${version}, ${formatCount(
    reference.recordCount,
  )} records (set ${formatTime(reference.updatedAt)})`;
}

function DriftedShare(props: {
  share: number;
  threshold: number;
  count: string;
}) {
  const reached = props.share >= props.threshold;
  return (
    <Box>
      <Typography variant="body2">
        {formatShare(props.share)} of features drifted ({props.count}); dataset
        drift from {formatShare(props.threshold)}
        {reached ? ' — reached' : ''}
      </Typography>
      <LinearProgress
        variant="determinate"
        color={reached ? 'secondary' : 'primary'}
        value={Math.min(100, (props.share / props.threshold) * 100)}
        aria-label="drifted share of the dataset-drift threshold"
      />
    </Box>
  );
}

/** The model's drift status, its pending recovery and the latest check at a glance. */
export function DriftSummaryCard(props: {
  status: ModelDriftStatus;
  action?: ReactNode;
}) {
  const { status } = props;
  const result = status.latest?.result;
  const tested = result?.features.filter(f => f.decision !== 'no-data') ?? [];
  const drifted = tested.filter(f => f.decision === 'drift');
  return (
    <InfoCard title="Drift status" action={props.action}>
      <FieldGrid
        fields={[
          {
            label: 'Model status',
            value: <StatusChip status={status.status} />,
          },
          {
            label: 'Latest check result',
            value: status.latest && (
              <StatusChip status={status.latest.resultStatus} />
            ),
          },
          {
            label: 'Pending change',
            value: status.pendingStatus
              ? `improving to ${status.pendingStatus}, ${status.pendingCount} of ${status.recoveryChecks} confirmations`
              : 'none',
          },
          {
            label: 'Last checked',
            value: status.lastCheckedAt
              ? `${formatTime(status.lastCheckedAt)}${
                  status.latest ? ` (${status.latest.trigger})` : ''
                }`
              : 'never',
          },
          { label: 'Status since', value: formatTime(status.changedAt) },
          {
            label: 'Current window',
            value:
              result &&
              `${formatTime(result.window.from)} – ${formatTime(
                result.window.to,
              )}, ${formatCount(result.records.current)} records`,
          },
          { label: 'Summary', value: result?.reason, width: 12 },
          {
            label: 'Drifted features',
            width: 6,
            value: result && tested.length > 0 && (
              <DriftedShare
                share={result.driftedShare}
                threshold={result.datasetDriftShare}
                count={`${drifted.length} of ${tested.length}`}
              />
            ),
          },
          {
            label: 'Reference',
            width: 6,
            value: result && (referenceText(result.reference) ?? 'none set'),
          },
        ]}
      />
    </InfoCard>
  );
}
