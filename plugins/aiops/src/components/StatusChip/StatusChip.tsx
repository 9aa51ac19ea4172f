import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import {
  DriftStatus,
  GovernanceStatus,
  driftSeverity,
  governanceSeverity,
  isDriftStatus,
} from '@unified-aiops/plugin-aiops-common';

/** A drift or governance status. */
export type Status = DriftStatus | GovernanceStatus;

/** Colour of each severity rank: nothing known, good, a warning, bad (both status lists have four). */
const TONES = ['none', 'good', 'warn', 'bad'] as const;

function toneOf(status: Status) {
  return TONES[
    isDriftStatus(status) ? driftSeverity(status) : governanceSeverity(status)
  ];
}

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
  none: {},
}));

/** A coloured chip for a drift or governance status. */
export function StatusChip(props: { status: Status }) {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      label={props.status}
      className={classes[toneOf(props.status)]}
    />
  );
}
