import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { Approval, ApprovalRequest } from '@unified-aiops/plugin-aiops-common';
import { useState } from 'react';
import { formatTime } from '../displayFormats';
import { ResultChip, ToneChip } from '../StatusChip';

/**
 * Decisions people recorded on the model's versions, and the form to approve or reject the
 * evaluated version where the user may (else the reason they may not).
 */
export function ApprovalsCard(props: {
  approvals: Approval[];
  modelVersion: string | null;
  onDecide?: (request: ApprovalRequest) => Promise<unknown>;
  deniedReason?: string;
}) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<Error>();
  const [sending, setSending] = useState(false);
  const decide = async (decision: ApprovalRequest['decision']) => {
    if (!props.onDecide || !props.modelVersion) return;
    setSending(true);
    setError(undefined);
    try {
      await props.onDecide({
        modelVersion: props.modelVersion,
        decision,
        comment,
      });
      setComment('');
    } catch (e) {
      setError(e as Error);
    } finally {
      setSending(false);
    }
  };
  const canDecide = Boolean(props.onDecide && props.modelVersion);
  return (
    <InfoCard title="Approvals" subheader="A person's decision on a version">
      {props.approvals.length === 0 ? (
        <Typography variant="body2">
          No one has approved or rejected a version of this model.
        </Typography>
      ) : (
        <List dense>
          {props.approvals.map(a => (
            <ListItem key={a.id} disableGutters>
              <Box mr={1}>
                <ResultChip
                  result={a.decision === 'approved' ? 'pass' : 'fail'}
                />
              </Box>
              <ListItemText
                primary={`Version ${a.modelVersion} ${a.decision} by ${a.approver}: ${a.comment}`}
                secondary={`${formatTime(
                  a.decidedAt,
                )}, valid until ${formatTime(a.expiresAt)}`}
              />
              {a.state === 'expired' && (
                <ToneChip label="expired" tone="none" />
              )}
            </ListItem>
          ))}
        </List>
      )}
      <Box mt={2}>
        {canDecide ? (
          <>
            <TextField
              id="aiops-approval-comment"
              label={`Comment on version ${props.modelVersion}`}
              fullWidth
              required
              value={comment}
              onChange={e => setComment(e.target.value)}
            />
            <Box mt={1} display="flex" style={{ gap: 8 }}>
              <Button
                color="primary"
                variant="contained"
                disabled={sending || comment.trim() === ''}
                onClick={() => decide('approved')}
              >
                Approve version {props.modelVersion}
              </Button>
              <Button
                variant="outlined"
                disabled={sending || comment.trim() === ''}
                onClick={() => decide('rejected')}
              >
                Reject
              </Button>
            </Box>
          </>
        ) : (
          <Alert severity="info">
            {props.modelVersion
              ? props.deniedReason
              : 'No version of this model is known yet: CI posts one with its gate call.'}
          </Alert>
        )}
        {error && (
          <Box mt={1}>
            <Alert severity="error">{error.message}</Alert>
          </Box>
        )}
      </Box>
    </InfoCard>
  );
}
