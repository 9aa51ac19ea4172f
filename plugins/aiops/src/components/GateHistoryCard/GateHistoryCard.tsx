import { Link, Table, TableColumn } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import { GateRecord } from '@unified-aiops/plugin-aiops-common';
import { formatTime } from '../displayFormats';
import { ResultChip } from '../StatusChip';

/** The model's CI gate calls, newest first: version, commit, decision and what failed. */
export function GateHistoryCard(props: { gates: GateRecord[] }) {
  const columns: TableColumn<GateRecord>[] = [
    {
      title: 'Decision',
      field: 'decision',
      width: '100px',
      render: g => <ResultChip result={g.decision} />,
    },
    { title: 'Version', field: 'modelVersion' },
    {
      title: 'Commit',
      field: 'commitSha',
      render: g =>
        g.runUrl ? (
          <Link to={g.runUrl}>{g.commitSha ?? 'run'}</Link>
        ) : (
          g.commitSha ?? '—'
        ),
    },
    { title: 'Score', field: 'score', type: 'numeric' },
    {
      title: 'Failed',
      field: 'checks',
      render: g =>
        g.checks
          .filter(c => c.result === 'fail')
          .map(c => c.title)
          .join(', ') || '—',
    },
    { title: 'By', field: 'actor' },
    {
      title: 'When',
      field: 'recordedAt',
      render: g => formatTime(g.recordedAt),
    },
  ];
  return (
    <Table
      title="Gate history"
      subtitle="Each CI call of POST /api/aiops/v1/gate with its evidence"
      options={{ paging: false, search: false, padding: 'dense' }}
      columns={columns}
      data={props.gates}
      emptyContent={
        <Box p={2}>
          No CI run has called the gate for this model yet. Its pipeline posts
          the version's evidence to <code>POST /api/aiops/v1/gate</code> (see
          the API docs).
        </Box>
      }
    />
  );
}
