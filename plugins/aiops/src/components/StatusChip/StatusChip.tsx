import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import {
  DriftStatus,
  GovernanceStatus,
} from '@unified-aiops/plugin-aiops-common';

type Status = DriftStatus | GovernanceStatus;

const severity: Record<Status, 'good' | 'warn' | 'bad' | 'none'> = {
  ok: 'good',
  compliant: 'good',
  warning: 'warn',
  'at-risk': 'warn',
  drift: 'bad',
  'non-compliant': 'bad',
  'no-data': 'none',
  unknown: 'none',
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
  none: {},
}));

/** A coloured chip for a drift or governance status. */
export function StatusChip(props: { status: Status }) {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      label={props.status}
      className={classes[severity[props.status]]}
    />
  );
}
