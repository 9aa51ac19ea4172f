import { toError } from '@backstage/errors';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EventsService } from '@backstage/plugin-events-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  DRIFT_STATUS_CHANGED_TOPIC,
  DriftStatus,
  DriftStatusChangedEvent,
} from '@unified-aiops/plugin-aiops-common';
import { ModelInfo } from '../models/ModelDirectory';

const SEVERITY = {
  drift: 'high',
  warning: 'normal',
  ok: 'low',
  'no-data': 'low',
} as const;

/** What a StatusNotifier is built from. */
export interface StatusNotifierOptions {
  catalog: CatalogService;
  notifications: NotificationService;
  events: EventsService;
  auth: AuthService;
  logger: LoggerService;
}

/** Tells the catalog, the owner and the event bus that a model's status changed. */
export class StatusNotifier {
  static create(options: StatusNotifierOptions) {
    return new StatusNotifier(options);
  }

  private constructor(private readonly options: StatusNotifierOptions) {}

  /** Each side effect is guarded: a failure is logged and never fails the check. */
  async statusChanged(change: {
    model: ModelInfo;
    previous: DriftStatus | undefined;
    status: DriftStatus;
    reason: string;
    checkId: string;
  }) {
    const { catalog, notifications, events, auth } = this.options;
    const { model, previous, status, reason } = change;
    const { namespace, name } = parseEntityRef(model.modelRef);
    // The event goes first: the catalog module drops its cached status on it, so the
    // refresh right after stamps the new label instead of the cached one.
    await this.guard('status event', () =>
      events.publish({
        topic: DRIFT_STATUS_CHANGED_TOPIC,
        eventPayload: {
          entityRef: model.modelRef,
          previousStatus: previous ?? null,
          status,
          reason,
          checkId: change.checkId,
        } satisfies DriftStatusChangedEvent,
      }),
    );
    await this.guard('catalog refresh', async () =>
      catalog.refreshEntity(model.modelRef, {
        credentials: await auth.getOwnServiceCredentials(),
      }),
    );
    if (model.owner) {
      await this.guard('owner notification', () =>
        notifications.send({
          recipients: { type: 'entity', entityRef: model.owner! },
          payload: {
            title: `Model ${name}: drift status ${
              previous ?? 'none'
            } → ${status}`,
            description: reason,
            link: `/catalog/${namespace}/mlmodel/${name}`,
            severity: SEVERITY[status],
            topic: DRIFT_STATUS_CHANGED_TOPIC,
          },
        }),
      );
    }
  }

  private async guard(what: string, effect: () => Promise<unknown>) {
    try {
      await effect();
    } catch (error) {
      this.options.logger.warn(
        `Drift status change: ${what} failed`,
        toError(error),
      );
    }
  }
}
