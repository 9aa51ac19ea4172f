import { InfoCard } from '@backstage/core-components';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { Theme, useTheme } from '@material-ui/core/styles';
import { DriftCheck, DriftStatus } from '@unified-aiops/plugin-aiops-common';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatShare, formatTime } from '../displayFormats';
import { DriftHistoryPoint, driftHistoryData } from './driftHistoryData';

function statusColor(theme: Theme, status: DriftStatus) {
  switch (status) {
    case 'drift':
      return theme.palette.error.main;
    case 'warning':
      return theme.palette.warning.main;
    case 'ok':
      return theme.palette.success.main;
    default:
      return theme.palette.grey[500];
  }
}

function shortTime(time: number) {
  return new Date(time).toLocaleString(undefined, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

function CheckTooltip(props: {
  active?: boolean;
  payload?: Array<{ payload: DriftHistoryPoint }>;
}) {
  const point = props.payload?.[0]?.payload;
  if (!props.active || !point) return null;
  return (
    <Paper>
      <Typography variant="body2" style={{ padding: 8 }}>
        <strong>{formatTime(point.time)}</strong>
        <br />
        drifted features{' '}
        {point.driftedShare === null ? '—' : formatShare(point.driftedShare)}
        <br />
        this check: {point.resultStatus}, model status: {point.status}
      </Typography>
    </Paper>
  );
}

/** Share of drifted features across the check history, against the dataset-drift share. */
export function DriftHistoryChart(props: {
  checks: DriftCheck[];
  datasetDriftShare?: number;
}) {
  const theme = useTheme();
  const data = driftHistoryData(props.checks);
  const threshold = props.datasetDriftShare;
  return (
    <InfoCard
      title="Drift over time"
      subheader={`Share of drifted features in the last ${data.length} checks; dots coloured by each check's tier`}
    >
      <ResponsiveContainer width="100%" height={300}>
        <LineChart
          data={data}
          margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={shortTime}
          />
          <YAxis domain={[0, 1]} tickFormatter={formatShare} />
          <Tooltip content={<CheckTooltip />} />
          {threshold !== undefined && (
            <ReferenceLine
              y={threshold}
              stroke={theme.palette.error.main}
              strokeDasharray="6 3"
              label={{
                value: `dataset drift ${formatShare(threshold)}`,
                position: 'insideTopRight',
                fill: theme.palette.error.main,
                fontSize: 12,
              }}
            />
          )}
          <Line
            dataKey="driftedShare"
            name="drifted share"
            stroke={theme.palette.primary.main}
            isAnimationActive={false}
            dot={({ cx, cy, payload, key }) =>
              cy === null || cy === undefined ? (
                <g key={key} />
              ) : (
                <circle
                  key={key}
                  cx={cx}
                  cy={cy}
                  r={4}
                  fill={statusColor(theme, payload.resultStatus)}
                  stroke="none"
                />
              )
            }
          />
        </LineChart>
      </ResponsiveContainer>
    </InfoCard>
  );
}
