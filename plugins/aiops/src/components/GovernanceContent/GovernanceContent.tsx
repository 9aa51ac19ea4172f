import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { alertApiRef, useApi, useRouteRef } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import {
  GovernanceCheck,
  aiopsGovernanceWaivePermission,
  aiopsPromotionApprovePermission,
  aiopsWaiverCreatePermission,
  controlMappings,
} from '@unified-aiops/plugin-aiops-common';
import { useState } from 'react';
import { aiopsApiRef } from '../../api/AiopsApi';
import { useAiopsPermission } from '../../hooks/useAiopsPermission';
import { useGovernance } from '../../hooks/useGovernance';
import { useMonitoredModel } from '../../hooks/useMonitoredModel';
import { reportRouteRef } from '../../routes';
import { serverMessage } from '../serverMessage';
import { ApprovalsCard } from '../ApprovalsCard';
import { ControlMappingCard } from '../ControlMappingCard';
import { GateHistoryCard } from '../GateHistoryCard';
import { GovernanceChecksTable } from '../GovernanceChecksTable';
import { GovernanceSummaryCard } from '../GovernanceSummaryCard';
import { WaiverRequestDialog } from '../WaiverRequestDialog';
import { WaiversCard } from '../WaiversCard';

/** The link to the model's report, when the fleet page (its parent route) is mounted. */
function useReportLink(model: { namespace: string; name: string }) {
  try {
    return useRouteRef(reportRouteRef)(model);
  } catch {
    return undefined;
  }
}

/**
 * The Governance tab of an MLModel: score, level and status, each check with its evidence
 * and remedy, waivers and approvals for those permitted, the gate history and the mapping
 * to the framework controls.
 */
export function GovernanceContent() {
  const model = useMonitoredModel();
  const api = useApi(aiopsApiRef);
  const alertApi = useApi(alertApiRef);
  const { evaluation, gates, waivers, approvals, refresh } =
    useGovernance(model);
  const [waiverFor, setWaiverFor] = useState<GovernanceCheck>();
  const requestWaiver = useAiopsPermission(aiopsWaiverCreatePermission);
  const waive = useAiopsPermission(aiopsGovernanceWaivePermission);
  const approve = useAiopsPermission(aiopsPromotionApprovePermission);
  const reportLink = useReportLink(model);

  if (!evaluation.value) {
    if (evaluation.error)
      return <ResponseErrorPanel error={evaluation.error} />;
    return <Progress />;
  }
  // A refused change (e.g. four eyes on a waiver) is shown with the server's reason.
  const act = (work: () => Promise<unknown>) => async () => {
    try {
      await work();
    } catch (error) {
      alertApi.post({
        message: serverMessage(error),
        severity: 'error',
        display: 'transient',
      });
    }
    refresh();
  };
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <GovernanceSummaryCard
          evaluation={evaluation.value}
          lastGate={gates.value?.[0]}
          reportLink={reportLink}
        />
      </Grid>
      <Grid item xs={12}>
        <GovernanceChecksTable
          checks={evaluation.value.checks}
          onRequestWaiver={requestWaiver.allowed ? setWaiverFor : undefined}
          waiverDeniedReason={requestWaiver.deniedReason}
        />
      </Grid>
      <Grid item xs={12}>
        {waivers.error && <ResponseErrorPanel error={waivers.error} />}
        {waivers.value && (
          <WaiversCard
            waivers={waivers.value}
            onApprove={
              waive.allowed
                ? w => act(() => api.approveWaiver(model, w.id))()
                : undefined
            }
            onRevoke={
              waive.allowed
                ? w => act(() => api.revokeWaiver(model, w.id))()
                : undefined
            }
            deniedReason={waive.deniedReason}
          />
        )}
      </Grid>
      <Grid item xs={12}>
        {approvals.error && <ResponseErrorPanel error={approvals.error} />}
        {approvals.value && (
          <ApprovalsCard
            approvals={approvals.value}
            modelVersion={evaluation.value.modelVersion}
            onDecide={
              approve.allowed
                ? request => api.recordApproval(model, request).then(refresh)
                : undefined
            }
            deniedReason={approve.deniedReason}
          />
        )}
      </Grid>
      <Grid item xs={12}>
        {gates.error && <ResponseErrorPanel error={gates.error} />}
        {gates.value && <GateHistoryCard gates={gates.value} />}
      </Grid>
      <Grid item xs={12}>
        <ControlMappingCard
          controls={controlMappings(evaluation.value.checks)}
        />
      </Grid>
      {waiverFor && (
        <WaiverRequestDialog
          check={waiverFor}
          onCancel={() => setWaiverFor(undefined)}
          onSubmit={request =>
            api.requestWaiver(model, request).then(() => {
              setWaiverFor(undefined);
              refresh();
            })
          }
        />
      )}
    </Grid>
  );
}
