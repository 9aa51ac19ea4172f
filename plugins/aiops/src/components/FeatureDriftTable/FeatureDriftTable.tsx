import { Table, TableColumn } from '@backstage/core-components';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { DriftCheck } from '@unified-aiops/plugin-aiops-common';
import { formatCount, formatMeasure } from '../displayFormats';
import { StatusChip } from '../StatusChip';
import { FeatureDriftRow, featureDriftRows } from './featureDriftRows';

function thresholdText(row: FeatureDriftRow) {
  if (row.threshold === null) return undefined;
  // Hypothesis tests decide on the p-value, distances on the statistic.
  return row.pValue === null
    ? `statistic ≥ ${formatMeasure(row.threshold)}`
    : `p ≤ ${formatMeasure(row.threshold)}`;
}

/** JSON has no Infinity: a test that ran but sent no statistic hit an infinite one. */
function statisticText(row: FeatureDriftRow) {
  if (row.test !== null && row.statistic === null) return '∞';
  return formatMeasure(row.statistic);
}

function SampleSizes(props: { row: FeatureDriftRow }) {
  const { sampleSizes, population, sampled, method } = props.row;
  return (
    <>
      <Typography variant="body2">
        {formatCount(sampleSizes.reference)} ref /{' '}
        {formatCount(sampleSizes.current)} cur
      </Typography>
      <Typography variant="caption" color="textSecondary">
        {method === 'profile' ? 'whole window (profile)' : method}
        {sampled &&
          `, sampled from ${formatCount(population.reference)} / ${formatCount(
            population.current,
          )}`}
      </Typography>
    </>
  );
}

const columns: TableColumn<FeatureDriftRow>[] = [
  {
    title: 'Feature',
    field: 'name',
    highlight: true,
    cellStyle: { whiteSpace: 'nowrap' },
    render: row =>
      row.isPrediction ? (
        <>
          {row.name}{' '}
          <Chip size="small" variant="outlined" label="model output" />
        </>
      ) : (
        row.name
      ),
  },
  { title: 'Kind', field: 'kind' },
  {
    title: 'Test',
    field: 'test',
    cellStyle: { whiteSpace: 'nowrap' },
    render: row => (
      <>
        {row.test ?? '—'}
        {row.note && (
          <Typography
            variant="caption"
            color="textSecondary"
            display="block"
            style={{ whiteSpace: 'normal', maxWidth: '24em' }}
          >
            {row.note}
          </Typography>
        )}
      </>
    ),
  },
  {
    title: 'Statistic',
    field: 'statistic',
    type: 'numeric',
    render: row => statisticText(row) ?? '—',
  },
  {
    title: 'p-value',
    field: 'pValue',
    type: 'numeric',
    render: row => formatMeasure(row.pValue) ?? '—',
  },
  { title: 'Drift when', render: row => thresholdText(row) ?? '—' },
  {
    title: 'Decision',
    field: 'decision',
    render: row => <StatusChip status={row.decision} />,
  },
  {
    title: 'Samples (reference / current)',
    sorting: false,
    render: row => <SampleSizes row={row} />,
  },
];

/** Per-feature drift of one check, drifted features first; a click selects a feature. */
export function FeatureDriftTable(props: {
  result: DriftCheck['result'];
  selected?: string;
  onSelect: (name: string) => void;
}) {
  const theme = useTheme();
  const rows = featureDriftRows(props.result);
  return (
    <Table<FeatureDriftRow>
      title="Feature drift"
      subtitle="Latest check; click a row to compare its distributions"
      columns={columns}
      data={rows}
      onRowClick={(_event, row) => row && props.onSelect(row.name)}
      options={{
        paging: false,
        search: false,
        padding: 'dense',
        rowStyle: row =>
          row.name === props.selected
            ? { backgroundColor: theme.palette.action.selected }
            : {},
      }}
    />
  );
}
