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
import { useId, useState } from 'react';
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
  chartUnit,
  timeTicks,
  valueTicks,
} from './resourceFigures';

const useStyles = makeStyles(theme => ({
  missing: {
    color: theme.palette.text.secondary,
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  sampleTime: { marginBottom: theme.spacing(1) },
  note: { marginTop: theme.spacing(1) },
  stale: { opacity: 0.6 },
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

function FigureTooltip(props: {
  active?: boolean;
  payload?: Array<{ payload: { time: number; raw: number | null } }>;
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
        {point.raw === null ? 'no value' : props.display.format(point.raw)}
      </Typography>
    </Paper>
  );
}

const roundTick = (value: number) => String(Number(value.toPrecision(3)));

/**
 * One figure over the window, with gaps where a pull had no value: values in the unit
 * that suits their size (named on the axis), round ticks, a little headroom.
 */
function FigureChart(props: {
  resources: ModelResources;
  display: FigureDisplay;
}) {
  const theme = useTheme();
  const { figure } = props.display;
  const raw = props.resources.history.map(sample => ({
    time: Date.parse(sample.at),
    raw: sample.figures[figure] ?? null,
  }));
  const max = Math.max(0, ...raw.flatMap(p => (p.raw === null ? [] : [p.raw])));
  const { unit, factor } = chartUnit(figure, max);
  const data = raw.map(p => ({
    ...p,
    value: p.raw === null ? null : p.raw * factor,
  }));
  const yTicks = valueTicks(max * factor);
  const { ticks, format } = timeTicks(
    data[0]?.time ?? 0,
    data[data.length - 1]?.time ?? 0,
  );
  const tick = { fill: theme.palette.text.secondary, fontSize: 12 };
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          ticks={ticks}
          tickFormatter={format}
          tick={tick}
          stroke={theme.palette.divider}
        />
        <YAxis
          width={64}
          domain={[0, yTicks[yTicks.length - 1]]}
          ticks={yTicks}
          tickFormatter={roundTick}
          tick={tick}
          stroke={theme.palette.divider}
          label={{
            value: unit,
            angle: -90,
            position: 'insideLeft',
            fill: theme.palette.text.secondary,
            fontSize: 12,
            style: { textAnchor: 'middle' },
          }}
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
        : `${reason}.`}
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
  const historyLabel = useId();
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
      name="history"
      value={hours}
      InputLabelProps={{ id: historyLabel }}
      SelectProps={{ labelId: historyLabel }}
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
  const charted = (display: FigureDisplay) =>
    value?.history.some(
      sample => typeof sample.figures[display.figure] === 'number',
    ) ?? false;
  const chart =
    displays.find(d => d.figure === selected && charted(d)) ??
    displays.find(charted);
  const stale = value?.status === 'no-data';

  let subheader = 'Prometheus source not configured';
  if (value && value.status !== 'not-configured') {
    subheader = `From Prometheus: rates and quantiles over ${value.rateWindow}`;
    if (value.pulledAt) {
      subheader += `, pulled ${formatTime(value.pulledAt)}`;
    }
  }

  return (
    <InfoCard
      title="Latency, errors & resources"
      subheader={value ? subheader : 'From Prometheus'}
      action={value && value.status !== 'not-configured' && windowPicker}
    >
      {resources.error && <ResponseErrorPanel error={resources.error} />}
      {!value && !resources.error && <Progress />}
      {value && (
        <>
          <StatusMessage resources={value} />
          {value.latest && (
            <Typography
              variant="caption"
              color="textSecondary"
              component="p"
              className={classes.sampleTime}
            >
              {stale
                ? `Last values before the failed pull, from ${formatTime(
                    value.latest.at,
                  )}`
                : `Latest sample ${formatTime(value.latest.at)}`}
            </Typography>
          )}
          {displays.length > 0 && (
            <div className={stale ? classes.stale : undefined}>
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
                              title={missing}
                            >
                              {missing.startsWith('no series')
                                ? 'not reported: no series'
                                : missing}
                            </Typography>
                          )}
                        </>
                      ),
                  };
                })}
              />
              {displays.some(d => d.figure.startsWith('latency')) && (
                <Typography
                  variant="caption"
                  color="textSecondary"
                  component="p"
                  className={classes.note}
                >
                  Latency quantiles are estimated by histogram_quantile within
                  the histogram bucket they fall in: the bucket bounds set their
                  precision.
                </Typography>
              )}
            </div>
          )}
          {chart && (
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
                    disabled={!charted(display)}
                    color={display === chart ? 'primary' : 'default'}
                    aria-pressed={display === chart}
                    onClick={() => setSelected(display.figure)}
                  />
                ))}
              </div>
              <FigureChart resources={value} display={chart} />
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
