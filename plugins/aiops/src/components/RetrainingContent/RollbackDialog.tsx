import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import { useState } from 'react';

/**
 * Asks before a rollback, and why: the reason goes to the audit trail and the owner's
 * notification, so "Rolled back from the portal" would tell them nothing.
 */
export function RollbackDialog(props: {
  open: boolean;
  /** The version in force now, and the one the rollback brings back. */
  from: string;
  to: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}) {
  const [reason, setReason] = useState('');
  const { open, from, to, busy, onCancel, onConfirm } = props;
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      aria-labelledby="aiops-rollback-title"
    >
      <DialogTitle id="aiops-rollback-title">
        Roll back version {from} to {to}?
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          Version {to} becomes the champion again, with the drift reference it
          had; the audit trail and the model's owner get your reason.
        </DialogContentText>
        <TextField
          id="aiops-rollback-reason"
          label="Reason"
          fullWidth
          required
          value={reason}
          onChange={e => setReason(e.target.value)}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button
          color="secondary"
          variant="contained"
          disabled={busy || reason.trim() === ''}
          onClick={() => {
            onConfirm(reason.trim());
            setReason('');
          }}
        >
          Roll back
        </Button>
      </DialogActions>
    </Dialog>
  );
}
