import { InfoCard } from '@backstage/core-components';
import MenuItem from '@material-ui/core/MenuItem';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { FeatureComparison } from '@unified-aiops/plugin-aiops-common';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCount, formatShare } from '../displayFormats';
import { HistogramBin, histogramData } from './histogramData';

function BinTooltip(props: {
  active?: boolean;
  payload?: Array<{ payload: HistogramBin }>;
}) {
  const bin = props.payload?.[0]?.payload;
  if (!props.active || !bin) return null;
  return (
    <Paper>
      <Typography variant="body2" style={{ padding: 8 }}>
        <strong>{bin.range}</strong>
        <br />
        reference {formatShare(bin.reference)} (
        {formatCount(bin.referenceCount)})
        <br />
        current {formatShare(bin.current)} ({formatCount(bin.currentCount)})
      </Typography>
    </Paper>
  );
}

/** A category name cut to fit under its bar; the tooltip shows it whole. */
function shortLabel(label: string) {
  return label.length > 16 ? `${label.slice(0, 15)}…` : label;
}

/** Reference vs current distribution of one feature, on the profiles' shared bins. */
export function FeatureHistogramCard(props: {
  features: FeatureComparison[];
  selected?: string;
  onSelect: (name: string) => void;
}) {
  const theme = useTheme();
  const feature =
    props.features.find(f => f.name === props.selected) ?? props.features[0];
  if (!feature) return null;
  const data = histogramData(feature);
  return (
    <InfoCard
      title="Reference vs current"
      subheader={`Share of values per ${
        feature.kind === 'numerical' ? 'bin' : 'category'
      } in the current window and the reference`}
      action={
        <TextField
          select
          id="histogram-feature"
          label="Feature"
          value={feature.name}
          onChange={e => props.onSelect(e.target.value)}
          style={{ minWidth: 200 }}
        >
          {props.features.map(f => (
            <MenuItem key={f.name} value={f.name}>
              {f.name}
            </MenuItem>
          ))}
        </TextField>
      }
    >
      <ResponsiveContainer width="100%" height={300}>
        <BarChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          {feature.kind === 'numerical' ? (
            <XAxis dataKey="label" />
          ) : (
            // every category named, slanted so long names fit a laptop-width card
            <XAxis
              dataKey="label"
              interval={0}
              angle={-30}
              textAnchor="end"
              height={72}
              tickFormatter={shortLabel}
            />
          )}
          <YAxis tickFormatter={formatShare} />
          <Tooltip content={<BinTooltip />} />
          <Legend />
          <Bar
            dataKey="reference"
            name="reference"
            fill={theme.palette.grey[500]}
            isAnimationActive={false}
          />
          <Bar
            dataKey="current"
            name="current"
            fill={theme.palette.primary.main}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </InfoCard>
  );
}
