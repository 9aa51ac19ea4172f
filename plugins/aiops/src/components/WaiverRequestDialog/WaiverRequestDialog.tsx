import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import {
  GovernanceCheck,
  WaiverRequest,
} from '@unified-aiops/plugin-aiops-common';
import { useState } from 'react';

const DAY_MS = 86_400_000;

/** A date input's value (yyyy-mm-dd) `days` from now. */
function dateIn(days: number) {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
}

/** Asks for a reason and an expiry date, then requests a waiver of the check. */
export function WaiverRequestDialog(props: {
  check: GovernanceCheck;
  onCancel: () => void;
  onSubmit: (request: WaiverRequest) => Promise<unknown>;
}) {
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState(dateIn(30));
  const [error, setError] = useState<Error>();
  const [sending, setSending] = useState(false);
  const submit = async () => {
    setSending(true);
    setError(undefined);
    try {
      await props.onSubmit({
        checkId: props.check.id,
        reason,
        expiresAt: new Date(`${until}T23:59:59Z`).toISOString(),
      });
    } catch (e) {
      setError(e as Error);
      setSending(false);
    }
  };
  return (
    <Dialog open onClose={props.onCancel} fullWidth maxWidth="sm">
      <DialogTitle>Request a waiver: {props.check.title}</DialogTitle>
      <DialogContent>
        <TextField
          id="aiops-waiver-reason"
          label="Why the exception is acceptable, and what happens meanwhile"
          multiline
          minRows={3}
          fullWidth
          required
          value={reason}
          onChange={e => setReason(e.target.value)}
          margin="normal"
        />
        <TextField
          id="aiops-waiver-until"
          label="Until"
          type="date"
          required
          value={until}
          onChange={e => setUntil(e.target.value)}
          margin="normal"
          InputLabelProps={{ shrink: true }}
          inputProps={{ min: dateIn(1) }}
          helperText="It stops counting by itself after this day"
        />
        {error && <Alert severity="error">{error.message}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={sending || reason.trim() === '' || !until}
          onClick={submit}
        >
          Request
        </Button>
      </DialogActions>
    </Dialog>
  );
}
