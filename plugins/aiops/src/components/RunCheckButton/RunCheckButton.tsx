import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Alert from '@material-ui/lab/Alert';
import PlayArrowIcon from '@material-ui/icons/PlayArrow';
import {
  ModelName,
  aiopsCheckRunPermission,
} from '@unified-aiops/plugin-aiops-common';
import { useRunCheck } from '../../hooks/useRunCheck';

function isForbidden(error: Error) {
  return (
    error.name === 'ResponseError' &&
    (error as Error & { statusCode?: number }).statusCode === 403
  );
}

/** Runs a drift check now; says so plainly when the user may not. */
export function RunCheckButton(props: {
  model: ModelName;
  onChecked: () => void;
}) {
  const [state, run] = useRunCheck(props.model, props.onChecked);
  return (
    <Box display="flex" flexDirection="column" alignItems="flex-end">
      <Button
        variant="contained"
        color="primary"
        onClick={() => run()}
        disabled={state.loading}
        startIcon={
          state.loading ? (
            <CircularProgress size={16} color="inherit" />
          ) : (
            <PlayArrowIcon />
          )
        }
      >
        {state.loading ? 'Checking…' : 'Run check now'}
      </Button>
      {state.error && (
        <Box mt={1} maxWidth={420}>
          {isForbidden(state.error) ? (
            <Alert severity="warning">
              You cannot run checks: the{' '}
              <code>{aiopsCheckRunPermission.name}</code> permission is not
              granted to you. Scheduled checks keep running; ask your portal
              admins for the permission to run one on demand.
            </Alert>
          ) : (
            <Alert severity="error">
              The check failed: {state.error.message}
            </Alert>
          )}
        </Box>
      )}
    </Box>
  );
}
