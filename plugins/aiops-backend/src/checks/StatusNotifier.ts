import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { toError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EventsService } from '@backstage/plugin-events-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  DRIFT_STATUS_CHANGED_TOPIC,
  DriftStatus,
  DriftStatusChangedEvent,
  GOVERNANCE_STATUS_CHANGED_TOPIC,
  GovernanceStatus,
  GovernanceStatusChangedEvent,
  driftSeverity,
  governanceSeverity,
} from '@unified-aiops/plugin-aiops-common';
import { AuditTrail } from '../audit/AuditTrail';
import { ModelInfo } from '../models/ModelDirectory';

/** A model's drift or governance status that changed, and why. */
export type StatusChange = { model: ModelInfo; reason: string } & (
  | {
      kind: 'drift';
      previous: DriftStatus | undefined;
      status: DriftStatus;
      checkId: string;
    }
  | {
      kind: 'governance';
      previous: GovernanceStatus | undefined;
      status: GovernanceStatus;
      score: number;
    }
);

/** Notification severity of each status severity rank (nothing known, good, warning, bad). */
const NOTIFICATION_SEVERITY = ['low', 'low', 'normal', 'high'] as const;

/** What a StatusNotifier is built from. */
export interface StatusNotifierOptions {
  catalog: CatalogService;
  notifications: NotificationService;
  events: EventsService;
  auth: AuthService;
  trail: AuditTrail;
  logger: LoggerService;
}

function eventOf(change: StatusChange) {
  const { model, reason } = change;
  if (change.kind === 'drift') {
    return {
      topic: DRIFT_STATUS_CHANGED_TOPIC,
      eventPayload: {
        entityRef: model.modelRef,
        previousStatus: change.previous ?? null,
        status: change.status,
        reason,
        checkId: change.checkId,
      } satisfies DriftStatusChangedEvent,
    };
  }
  return {
    topic: GOVERNANCE_STATUS_CHANGED_TOPIC,
    eventPayload: {
      entityRef: model.modelRef,
      previousStatus: change.previous ?? null,
      status: change.status,
      reason,
      score: change.score,
    } satisfies GovernanceStatusChangedEvent,
  };
}

/**
 * Tells the audit trail, the catalog, the owner and the event bus that a model's status
 * changed.
 */
export class StatusNotifier {
  static create(options: StatusNotifierOptions) {
    return new StatusNotifier(options);
  }

  /** Side effects failing now: each is logged once until it works again. */
  private readonly failing = new Set<string>();

  private constructor(private readonly options: StatusNotifierOptions) {}

  /** Each side effect is guarded: a failure is logged and never fails the check or evaluation. */
  async statusChanged(change: StatusChange) {
    const { catalog, notifications, events, auth, trail } = this.options;
    const { model, previous, status, reason, kind } = change;
    const { namespace, name } = parseEntityRef(model.modelRef);
    const event = eventOf(change);
    await this.guard(change, 'audit entry', () =>
      trail.append({
        actor: 'plugin:aiops',
        action: `${kind}-status-change`,
        entityRef: model.modelRef,
        details: { ...event.eventPayload },
      }),
    );
    // The event goes first: the catalog module drops its cached status on it, so the
    // refresh right after stamps the new label instead of the cached one.
    await this.guard(change, 'status event', () => events.publish(event));
    await this.guard(change, 'catalog refresh', async () =>
      catalog.refreshEntity(model.modelRef, {
        credentials: await auth.getOwnServiceCredentials(),
      }),
    );
    // A model's first governance evaluation is no news to its owner (a fresh install
    // would tell every owner at once); the label and the trail have it.
    if (change.kind === 'governance' && previous === undefined) return;
    const rank =
      change.kind === 'drift'
        ? driftSeverity(change.status)
        : governanceSeverity(change.status);
    await this.guard(change, 'owner notification', () =>
      notifications.send({
        recipients: { type: 'entity', entityRef: model.owner },
        payload: {
          title: `Model ${name}: ${kind} status ${
            previous ?? 'none'
          } → ${status}`,
          description: reason,
          link: `/catalog/${namespace}/mlmodel/${name}/${
            kind === 'drift' ? 'monitoring' : 'governance'
          }`,
          severity: NOTIFICATION_SEVERITY[rank],
          topic: event.topic,
        },
      }),
    );
  }

  private async guard(
    change: StatusChange,
    what: string,
    effect: () => Promise<unknown>,
  ) {
    try {
      await effect();
      if (this.failing.delete(what)) {
        this.options.logger.info(`Status changes: the ${what} works again`);
      }
    } catch (error) {
      // An optional service that is not installed (notifications, say) fails every
      // time: say so once, not on every status change.
      if (this.failing.has(what)) return;
      this.failing.add(what);
      this.options.logger.warn(
        `${change.kind} status change of ${change.model.modelRef}: the ${what} failed; ` +
          `further failures of the ${what} are not logged until it works again ` +
          `(without the notifications backend, owners get no notifications; the ` +
          `catalog label and the audit trail still change)`,
        toError(error),
      );
    }
  }
}
