import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Chip from '@material-ui/core/Chip';
import MenuItem from '@material-ui/core/MenuItem';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import Alert from '@material-ui/lab/Alert';
import { ModelName, ModelResources } from '@unified-aiops/plugin-aiops-common';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { aiopsApiRef } from '../../api/AiopsApi';
import { FieldGrid } from '../FieldGrid';
import { formatTime } from '../displayFormats';
import {
  FIGURE_DISPLAYS,
  FigureDisplay,
  ResourceFigure,
} from './resourceFigures';

const useStyles = makeStyles(theme => ({
  missing: { color: theme.palette.text.secondary, display: 'block' },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    margin: theme.spacing(3, 0, 1),
  },
  query: {
    fontFamily: 'monospace',
    fontSize: '0.8rem',
    wordBreak: 'break-all',
  },
  queries: { display: 'grid', gap: theme.spacing(1), width: '100%' },
}));

/** The history windows the card offers, in hours. */
const WINDOWS = [
  { hours: 1, label: 'Last hour' },
  { hours: 6, label: 'Last 6 hours' },
  { hours: 24, label: 'Last 24 hours' },
  { hours: 168, label: 'Last 7 days' },
];

/** Tick labels fit to the span shown: seconds within half an hour, the day past a day. */
function tickFormat(spanMs: number) {
  const options: Intl.DateTimeFormatOptions =
    spanMs > 86_400_000
      ? { month: 'short', day: 'numeric', hour: '2-digit' }
      : { hour: '2-digit', minute: '2-digit' };
  if (spanMs <= 1_800_000) options.second = '2-digit';
  return (time: number) => new Date(time).toLocaleString(undefined, options);
}

function FigureTooltip(props: {
  active?: boolean;
  payload?: Array<{ payload: { time: number; value: number | null } }>;
  display: FigureDisplay;
}) {
  const point = props.payload?.[0]?.payload;
  if (!props.active || !point) return null;
  return (
    <Paper>
      <Typography variant="body2" style={{ padding: 8 }}>
        <strong>{formatTime(point.time)}</strong>
        <br />
        {props.display.label}:{' '}
        {point.value === null ? 'no value' : props.display.format(point.value)}
      </Typography>
    </Paper>
  );
}

/** One figure over the window, with gaps where a pull had no value. */
function FigureChart(props: {
  resources: ModelResources;
  display: FigureDisplay;
}) {
  const theme = useTheme();
  const { figure } = props.display;
  const data = props.resources.history.map(sample => ({
    time: Date.parse(sample.at),
    value: sample.figures[figure] ?? null,
  }));
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={tickFormat(
            data.length > 1 ? data[data.length - 1].time - data[0].time : 0,
          )}
          minTickGap={24}
        />
        <YAxis
          width={80}
          domain={[0, 'auto']}
          tickFormatter={value => props.display.format(value)}
        />
        <Tooltip content={<FigureTooltip display={props.display} />} />
        <Line
          dataKey="value"
          name={props.display.label}
          stroke={theme.palette.primary.main}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

/** What the card says when the figures cannot be shown, and what to do about it. */
function StatusMessage(props: { resources: ModelResources }) {
  const { status, reason } = props.resources;
  if (status === 'ok') return null;
  return (
    <Alert
      severity={status === 'no-data' ? 'warning' : 'info'}
      style={{ marginBottom: 16 }}
    >
      {status === 'no-data'
        ? `No figures from the latest pull: ${reason}`
        : `${reason}. The Prometheus source in docs/telemetry.md says how to set it up.`}
    </Alert>
  );
}

/**
 * Latency quantiles, error rate, throughput and the CPU, memory and GPU a model's
 * containers use, as the configured Prometheus reports them: the infrastructure beside
 * the model's quality on the Monitoring tab.
 */
export function ResourceUsageCard(props: { model: ModelName }) {
  const classes = useStyles();
  const api = useApi(aiopsApiRef);
  const [hours, setHours] = useState(6);
  const [selected, setSelected] = useState<ResourceFigure>();
  const { model } = props;
  const resources = useAsync(
    () => api.getModelResources(model, { hours }),
    [api, model.namespace, model.name, hours],
  );

  const windowPicker = (
    <TextField
      select
      size="small"
      variant="outlined"
      label="History"
      value={hours}
      onChange={event => setHours(Number(event.target.value))}
    >
      {WINDOWS.map(window => (
        <MenuItem key={window.hours} value={window.hours}>
          {window.label}
        </MenuItem>
      ))}
    </TextField>
  );

  const value = resources.value;
  const displays = value
    ? FIGURE_DISPLAYS.filter(display => display.figure in value.queries)
    : [];
  const charted =
    displays.find(display => display.figure === selected) ?? displays[0];

  return (
    <InfoCard
      title="Latency, errors & resources"
      subheader={
        value?.pulledAt
          ? `From Prometheus, pulled ${formatTime(value.pulledAt)}`
          : 'From Prometheus'
      }
      action={value && value.status !== 'not-configured' && windowPicker}
    >
      {resources.error && <ResponseErrorPanel error={resources.error} />}
      {!value && !resources.error && <Progress />}
      {value && (
        <>
          <StatusMessage resources={value} />
          {displays.length > 0 && (
            <FieldGrid
              fields={displays.map(display => {
                const latest = value.latest?.figures[display.figure];
                const missing = value.missing[display.figure];
                return {
                  label: display.label,
                  width: 3 as const,
                  value:
                    typeof latest === 'number' ? (
                      display.format(latest)
                    ) : (
                      <>
                        —
                        {missing && (
                          <Typography
                            variant="caption"
                            className={classes.missing}
                          >
                            {missing}
                          </Typography>
                        )}
                      </>
                    ),
                };
              })}
            />
          )}
          {charted && value.history.length > 0 && (
            <>
              <div
                className={classes.chips}
                role="group"
                aria-label="Figure to chart"
              >
                {displays.map(display => (
                  <Chip
                    key={display.figure}
                    label={display.label}
                    clickable
                    color={display === charted ? 'primary' : 'default'}
                    aria-pressed={display === charted}
                    onClick={() => setSelected(display.figure)}
                  />
                ))}
              </div>
              <FigureChart resources={value} display={charted} />
            </>
          )}
          {displays.length > 0 && (
            <Accordion elevation={0}>
              <AccordionSummary expandIcon={<ExpandMoreIcon />}>
                <Typography variant="body2">PromQL queries</Typography>
              </AccordionSummary>
              <AccordionDetails>
                <div className={classes.queries}>
                  {displays.map(display => (
                    <div key={display.figure}>
                      <Typography variant="caption" color="textSecondary">
                        {display.label}
                      </Typography>
                      <Typography className={classes.query}>
                        {value.queries[display.figure]}
                      </Typography>
                    </div>
                  ))}
                </div>
              </AccordionDetails>
            </Accordion>
          )}
        </>
      )}
    </InfoCard>
  );
}
