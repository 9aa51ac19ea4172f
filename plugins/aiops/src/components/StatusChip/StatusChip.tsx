import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import {
  DriftStatus,
  GovernanceResult,
  GovernanceStatus,
  driftSeverity,
  governanceSeverity,
  isDriftStatus,
} from '@unified-aiops/plugin-aiops-common';

/** A drift or governance status. */
export type Status = DriftStatus | GovernanceStatus;

/** How a chip reads: nothing known, good, a warning, bad, or an accepted exception. */
export type Tone = 'none' | 'good' | 'warn' | 'bad' | 'info';

/** Tone of each severity rank: nothing known, good, a warning, bad (both status lists have four). */
const TONES = ['none', 'good', 'warn', 'bad'] as const;

function toneOfStatus(status: Status): Tone {
  return TONES[
    isDriftStatus(status) ? driftSeverity(status) : governanceSeverity(status)
  ];
}

const RESULT_TONES: Record<GovernanceResult, Tone> = {
  pass: 'good',
  warning: 'warn',
  fail: 'bad',
  waived: 'info',
  'not-applicable': 'none',
};

const useStyles = makeStyles(theme => ({
  good: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
  warn: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
  bad: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
  info: {
    backgroundColor: theme.palette.info.main,
    color: theme.palette.info.contrastText,
  },
  none: {},
}));

/** A small chip coloured by its tone. */
export function ToneChip(props: { label: string; tone: Tone }) {
  const classes = useStyles();
  return (
    <Chip size="small" label={props.label} className={classes[props.tone]} />
  );
}

/** A coloured chip for a drift or governance status. */
export function StatusChip(props: { status: Status }) {
  return <ToneChip label={props.status} tone={toneOfStatus(props.status)} />;
}

/** A coloured chip for the result of a governance check or a gate decision. */
export function ResultChip(props: { result: GovernanceResult }) {
  return <ToneChip label={props.result} tone={RESULT_TONES[props.result]} />;
}
