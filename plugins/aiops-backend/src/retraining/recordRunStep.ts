import { AuditorService } from '@backstage/backend-plugin-api';
import { AuditTrail } from '../audit/AuditTrail';
import { StoredRun } from './RetrainingRunStore';

/** Who the audit trail names for what the loop does by itself. */
export const LOOP_ACTOR = 'aiops:retraining';

/**
 * One audit-trail entry for a step of a run, and an auditor event for the steps the loop
 * takes by itself (a request's steps are its route's event).
 */
export async function recordRunStep(
  audit: { trail: AuditTrail; auditor: AuditorService },
  step: {
    actor: string;
    action: string;
    run: StoredRun;
    details: Record<string, unknown>;
  },
) {
  const { actor, action, run, details } = step;
  await audit.trail.append({
    actor,
    action,
    entityRef: run.entityRef,
    details: { runId: run.id, state: run.state, ...details },
  });
  if (actor !== LOOP_ACTOR) return;
  const event = await audit.auditor.createEvent({
    eventId: action,
    severityLevel: 'medium',
    meta: { runId: run.id, entityRef: run.entityRef, actor, ...details },
  });
  await event.success();
}
