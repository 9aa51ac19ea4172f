import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  MLModelSpec,
  RetrainingRun,
  aiopsModelRollbackPermission,
  aiopsPromotionApprovePermission,
  aiopsRetrainingTriggerPermission,
} from '@unified-aiops/plugin-aiops-common';
import { ReactNode, useState } from 'react';
import { aiopsApiRef } from '../../api/AiopsApi';
import { useAiopsPermission } from '../../hooks/useAiopsPermission';
import { useMonitoredModel } from '../../hooks/useMonitoredModel';
import { useRetraining } from '../../hooks/useRetraining';
import { formatTime } from '../displayFormats';
import { serverMessage } from '../serverMessage';
import { RunComparisonCard } from './RunComparisonCard';
import { RollbackDialog } from './RollbackDialog';
import { RunsTable } from './runColumns';
import { useFourEyesReason } from './useOwnDecision';

/** A button disabled with the reason shown on hover when `onClick` is missing. */
function ActionButton(props: {
  label: string;
  onClick?: () => void;
  deniedReason?: string;
  primary?: boolean;
  disabled?: boolean;
}) {
  return (
    <Tooltip title={props.onClick ? '' : props.deniedReason ?? ''}>
      <span>
        <Button
          size="small"
          variant={props.primary ? 'contained' : 'outlined'}
          color={props.primary ? 'primary' : 'default'}
          disabled={!props.onClick || props.disabled}
          onClick={props.onClick}
        >
          {props.label}
        </Button>
      </span>
    </Tooltip>
  );
}

/** What the person named in `decidedBy` did to the run's promotion. */
function decisionVerb(state: NonNullable<RetrainingRun['promotion']>['state']) {
  switch (state) {
    case 'rejected':
      return 'Rejected';
    case 'rolled-back':
      return 'Rolled back';
    default:
      return 'Approved';
  }
}

/**
 * The Retraining tab of an MLModel: the runs of its pipeline newest first (what started
 * each, its state and decision), the selected run's champion-vs-challenger comparison rule
 * by rule and its output, and the actions the user may take (retrain, cancel, approve or
 * reject a promotion, roll back), each disabled with its reason otherwise.
 */
export function RetrainingContent() {
  const model = useMonitoredModel();
  const { entity } = useEntity();
  const spec = entity.spec as Partial<MLModelSpec> | undefined;
  const api = useApi(aiopsApiRef);
  const alertApi = useApi(alertApiRef);
  const { runs, refresh } = useRetraining(model);
  const trigger = useAiopsPermission(aiopsRetrainingTriggerPermission);
  const approve = useAiopsPermission(aiopsPromotionApprovePermission);
  const rollback = useAiopsPermission(aiopsModelRollbackPermission);
  const [selectedId, setSelectedId] = useState<string>();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [rollingBack, setRollingBack] = useState(false);

  const selectedRun =
    runs.value?.find(r => r.id === selectedId) ?? runs.value?.[0];
  const ownRun = useFourEyesReason(selectedRun);

  if (!runs.value) {
    if (runs.error) return <ResponseErrorPanel error={runs.error} />;
    return <Progress />;
  }
  const items = runs.value;
  const selected = items.find(r => r.id === selectedId) ?? items[0];
  const promoted = items.find(r => r.promotion?.state === 'promoted');
  const pipeline = spec?.trainedBy;

  const act = (work: () => Promise<unknown>, done: string) => async () => {
    setBusy(true);
    try {
      await work();
      alertApi.post({
        message: done,
        severity: 'success',
        display: 'transient',
      });
      setComment('');
    } catch (error) {
      alertApi.post({
        message: serverMessage(error),
        severity: 'error',
        display: 'transient',
      });
    } finally {
      setBusy(false);
      refresh();
    }
  };

  let approvalControls: ReactNode = null;
  if (selected?.promotion?.state === 'awaiting-approval') {
    approvalControls = (
      <InfoCard
        title="Awaiting approval"
        subheader={`${selected.promotion.reason}; expires ${formatTime(
          selected.promotion.expiresAt,
        )}`}
      >
        {approve.allowed && !ownRun ? (
          <>
            <TextField
              id="aiops-promotion-comment"
              label={`Comment on promoting version ${
                selected.validation?.challenger.version ?? ''
              }`}
              fullWidth
              required
              value={comment}
              onChange={e => setComment(e.target.value)}
            />
            <Box mt={1} display="flex" style={{ gap: 8 }}>
              <ActionButton
                primary
                label="Approve promotion"
                disabled={busy || comment.trim() === ''}
                onClick={act(
                  () => api.approvePromotion(selected.id, { comment }),
                  'Promotion approved',
                )}
              />
              <ActionButton
                label="Reject"
                disabled={busy || comment.trim() === ''}
                onClick={act(
                  () => api.rejectPromotion(selected.id, { comment }),
                  'Promotion rejected',
                )}
              />
            </Box>
          </>
        ) : (
          <Alert severity="info">{ownRun ?? approve.deniedReason}</Alert>
        )}
      </InfoCard>
    );
  }

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard
          title="Retraining"
          subheader={
            pipeline
              ? `Runs of ${pipeline}; the champion is ${
                  promoted?.promotedVersion ??
                  spec?.registry?.aliases?.champion ??
                  'not known'
                }`
              : 'This model names no retraining pipeline (spec.trainedBy)'
          }
        >
          <Box display="flex" style={{ gap: 8 }}>
            <ActionButton
              primary
              label="Retrain now"
              deniedReason={
                pipeline
                  ? trigger.deniedReason
                  : 'The model names no retraining pipeline (spec.trainedBy)'
              }
              disabled={busy}
              onClick={
                trigger.allowed && pipeline
                  ? act(
                      () =>
                        api.triggerRetraining(model, {
                          reason: 'Started from the portal',
                        }),
                      'Retraining run started',
                    )
                  : undefined
              }
            />
            <ActionButton
              label={
                promoted
                  ? `Roll back to ${
                      promoted.promotion?.previousVersion ?? 'the previous'
                    }`
                  : 'Roll back'
              }
              deniedReason={
                promoted ? rollback.deniedReason : 'No promotion to undo'
              }
              disabled={busy}
              onClick={
                rollback.allowed && promoted
                  ? () => setRollingBack(true)
                  : undefined
              }
            />
            {promoted && (
              <RollbackDialog
                open={rollingBack}
                from={promoted.promotedVersion ?? 'the champion'}
                to={promoted.promotion?.previousVersion ?? 'the previous one'}
                busy={busy}
                onCancel={() => setRollingBack(false)}
                onConfirm={reason => {
                  setRollingBack(false);
                  act(
                    () => api.rollbackModel(model, { reason }),
                    `Rolled back to version ${
                      promoted.promotion?.previousVersion ?? 'the previous one'
                    }`,
                  )();
                }}
              />
            )}
            {selected &&
              (selected.state === 'queued' || selected.state === 'running') && (
                <ActionButton
                  label="Cancel run"
                  deniedReason={trigger.deniedReason}
                  disabled={busy}
                  onClick={
                    trigger.allowed
                      ? act(
                          () => api.cancelRetrainingRun(selected.id),
                          'Run cancelled',
                        )
                      : undefined
                  }
                />
              )}
          </Box>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <RunsTable
          runs={items}
          selectedId={selected?.id}
          onSelect={setSelectedId}
          empty={
            pipeline
              ? 'No retraining run yet: drift held long enough starts one, or “Retrain now”.'
              : 'No retraining runs: name the pipeline that trains this model in spec.trainedBy to retrain it from here.'
          }
        />
      </Grid>
      {selected && (
        <>
          {approvalControls && (
            <Grid item xs={12}>
              {approvalControls}
            </Grid>
          )}
          <Grid item xs={12} md={8}>
            <RunComparisonCard run={selected} />
          </Grid>
          <Grid item xs={12} md={4}>
            <InfoCard title="Run">
              <Typography variant="body2">
                {selected.runner} target {selected.target}
                {selected.externalUrl && (
                  <>
                    {' · '}
                    <Link to={selected.externalUrl}>external run</Link>
                  </>
                )}
                {selected.logUrl && (
                  <>
                    {' · '}
                    <Link to={selected.logUrl}>logs</Link>
                  </>
                )}
              </Typography>
              <Typography variant="body2">
                Trained on {formatTime(selected.dataWindow.from)} –{' '}
                {formatTime(selected.dataWindow.to)}
              </Typography>
              {selected.stateReason && (
                <Typography variant="body2" color="textSecondary">
                  {selected.stateReason}
                </Typography>
              )}
              {selected.promotion &&
                // a person's decision says it below, with their comment
                !selected.promotion.decidedBy && (
                  <Typography variant="body2" color="textSecondary">
                    {selected.promotion.reason}
                  </Typography>
                )}
              {selected.promotion?.decidedBy && (
                <Typography variant="body2">
                  {decisionVerb(selected.promotion.state)} by{' '}
                  {selected.promotion.decidedBy}
                  {selected.promotion.comment
                    ? `: “${selected.promotion.comment}”`
                    : ''}
                </Typography>
              )}
            </InfoCard>
          </Grid>
        </>
      )}
    </Grid>
  );
}
