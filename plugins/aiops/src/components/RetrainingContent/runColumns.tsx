import { Table, TableColumn } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { RetrainingRun } from '@unified-aiops/plugin-aiops-common';
import { ReactNode } from 'react';
import { formatTime } from '../displayFormats';
import { ResultChip, Tone, ToneChip } from '../StatusChip';

/** The tone of each run state. */
export const STATE_TONES: Record<RetrainingRun['state'], Tone> = {
  queued: 'info',
  running: 'info',
  succeeded: 'good',
  failed: 'bad',
  'timed-out': 'bad',
  cancelled: 'none',
};

const PROMOTION_TONES: Record<
  NonNullable<RetrainingRun['promotion']>['state'],
  Tone
> = {
  'awaiting-approval': 'warn',
  promoted: 'good',
  superseded: 'none',
  rejected: 'none',
  expired: 'none',
  failed: 'bad',
  // undone: history, like superseded, not a run in flight (info)
  'rolled-back': 'none',
};

/** A run's promotion as a chip (`promoted v8`, `superseded v8`, `rolled back v8`, `awaiting-approval`, ...), or a dash. */
export function PromotionChip(props: { run: RetrainingRun }) {
  const { promotion, promotedVersion } = props.run;
  if (!promotion) return <>—</>;
  return (
    <ToneChip
      label={
        promotedVersion
          ? `${promotion.state.replace('-', ' ')} v${promotedVersion}`
          : promotion.state
      }
      tone={PROMOTION_TONES[promotion.state]}
    />
  );
}

/**
 * The columns of a table of runs: state, who or what started it, when, the gate's
 * decision and the promotion; with `model`, the model each run retrains first (a
 * pipeline's runs span its models).
 */
export function runColumns(
  options: { model?: boolean } = {},
): TableColumn<RetrainingRun>[] {
  return [
    ...(options.model
      ? [
          {
            title: 'Model',
            field: 'entityRef',
            render: (r: RetrainingRun) => (
              <EntityRefLink entityRef={r.entityRef} defaultKind="MLModel" />
            ),
          },
        ]
      : []),
    {
      title: 'State',
      field: 'state',
      width: '120px',
      render: r => <ToneChip label={r.state} tone={STATE_TONES[r.state]} />,
    },
    {
      title: 'Started by',
      field: 'trigger',
      render: r => (
        <>
          <Typography variant="body2">
            {r.trigger.kind === 'drift' ? 'Drift' : r.trigger.by}
          </Typography>
          <Typography variant="caption" color="textSecondary">
            {r.trigger.reason}
          </Typography>
        </>
      ),
    },
    {
      title: 'Created',
      field: 'createdAt',
      render: r => formatTime(r.createdAt),
    },
    {
      title: 'Finished',
      field: 'finishedAt',
      render: r => (r.finishedAt ? formatTime(r.finishedAt) : '—'),
    },
    {
      title: 'Gate',
      field: 'decision',
      render: r => (r.decision ? <ResultChip result={r.decision} /> : '—'),
    },
    {
      title: 'Promotion',
      field: 'promotion',
      render: r => <PromotionChip run={r} />,
    },
  ];
}

/**
 * Runs newest first, the selected one in bold; a click selects a run (its comparison
 * shows below the table). `model` adds the model column (a pipeline's runs).
 */
export function RunsTable(props: {
  runs: RetrainingRun[];
  selectedId: string | undefined;
  onSelect: (runId: string) => void;
  model?: boolean;
  empty: ReactNode;
}) {
  return (
    <Table
      title="Runs"
      subtitle="Newest first; select a run to compare its challenger with the champion"
      options={{
        paging: false,
        search: false,
        padding: 'dense',
        rowStyle: (r: RetrainingRun) =>
          r.id === props.selectedId ? { fontWeight: 600 } : {},
      }}
      onRowClick={(_e, r) => r && props.onSelect(r.id)}
      columns={runColumns({ model: props.model })}
      data={props.runs.map(r => ({ ...r }))}
      emptyContent={<Box p={2}>{props.empty}</Box>}
    />
  );
}
