import { Table, TableColumn } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { AuditEntry } from '@unified-aiops/plugin-aiops-common';
import { formatTime } from '../displayFormats';

/** One line of an entry's details: its fields, values as JSON where they are not text. */
function describe(details: Record<string, unknown>) {
  return Object.entries(details)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' · ');
}

/** Audit entries in order: who did what when, the details, and each entry's hash. */
export function AuditTrailTable(props: {
  entries: AuditEntry[];
  title?: string;
  /** Shown under the table's title, e.g. the count and where the list ends. */
  subtitle?: string;
}) {
  const columns: TableColumn<AuditEntry>[] = [
    { title: '#', field: 'sequence', width: '60px', type: 'numeric' },
    { title: 'When', field: 'time', render: e => formatTime(e.time) },
    { title: 'Who', field: 'actor' },
    { title: 'What', field: 'action' },
    {
      title: 'Details',
      field: 'details',
      render: e => (
        <Typography variant="body2" style={{ wordBreak: 'break-word' }}>
          {describe(e.details)}
        </Typography>
      ),
    },
    {
      title: 'Hash',
      field: 'hash',
      render: e => (
        <Typography variant="caption" component="code" title={e.hash}>
          {e.hash.slice(0, 12)}…
        </Typography>
      ),
    },
  ];
  return (
    <Table
      title={props.title ?? 'Audit trail'}
      subtitle={props.subtitle}
      options={{ paging: false, search: true, padding: 'dense' }}
      columns={columns}
      data={props.entries}
    />
  );
}
