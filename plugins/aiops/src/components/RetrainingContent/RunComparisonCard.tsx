import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { RetrainingRun } from '@unified-aiops/plugin-aiops-common';
import { formatTime } from '../displayFormats';
import { ResultChip } from '../StatusChip';

type Rule = NonNullable<RetrainingRun['validation']>['rules'][number];

const value = (v: number | null) =>
  v === null ? '—' : String(Number(v.toPrecision(6)));

/** Champion and challenger side by side: each rule of the decision with both values. */
export function RunComparisonCard(props: { run: RetrainingRun }) {
  const { validation } = props.run;
  if (!validation) {
    return (
      <InfoCard title="Champion vs challenger">
        <Typography variant="body2">
          {props.run.state === 'queued' || props.run.state === 'running'
            ? 'The pipeline has not reported its challenger’s evaluation yet.'
            : 'No evaluation was reported for this run.'}
        </Typography>
      </InfoCard>
    );
  }
  const champion = validation.champion?.version ?? 'champion';
  const challenger = validation.challenger.version ?? 'challenger';
  const columns: TableColumn<Rule>[] = [
    {
      title: 'Result',
      field: 'result',
      width: '90px',
      render: r => <ResultChip result={r.result} />,
    },
    { title: 'Rule', field: 'description' },
    {
      title: `Champion (${champion})`,
      field: 'champion',
      align: 'right',
      render: r => value(r.champion),
    },
    {
      title: `Challenger (${challenger})`,
      field: 'challenger',
      align: 'right',
      render: r => value(r.challenger),
    },
    { title: 'Why', field: 'reason' },
  ];
  return (
    <Table
      title={
        <Box display="flex" alignItems="center" style={{ gap: 8 }}>
          Champion vs challenger <ResultChip result={validation.decision} />
        </Box>
      }
      subtitle={`Version ${challenger} against ${champion}, decided ${formatTime(
        validation.decidedAt,
      )}`}
      options={{ paging: false, search: false, padding: 'dense' }}
      columns={columns}
      data={validation.rules.map(r => ({ ...r }))}
    />
  );
}
