import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { toError } from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { StoredRun } from './RetrainingRunStore';

/** The notification topic of retraining runs and promotions. */
export const RETRAINING_NOTIFICATION_TOPIC = 'aiops.retraining';

/** What the owner is told. */
export interface RunNotice {
  title: string;
  description: string;
  severity: 'low' | 'normal' | 'high';
}

/**
 * Tells a model's owner when one of its runs ends and when a challenger needs their
 * approval. The recipient is the model's entity: the notifications backend resolves it to
 * the owner through the catalog's `ownedBy` relation. A failure (the notifications
 * backend not installed, say) is logged once until it works again, and never fails the
 * step that caused it.
 */
export class RunNotifier {
  private failing = false;

  constructor(
    private readonly notifications: NotificationService,
    private readonly logger: LoggerService,
  ) {}

  async notify(run: StoredRun, notice: RunNotice) {
    const { namespace, name } = parseEntityRef(run.entityRef);
    try {
      await this.notifications.send({
        recipients: { type: 'entity', entityRef: run.entityRef },
        payload: {
          title: notice.title,
          description: notice.description,
          link: `/catalog/${namespace}/mlmodel/${name}/retraining`,
          severity: notice.severity,
          topic: RETRAINING_NOTIFICATION_TOPIC,
          scope: `${RETRAINING_NOTIFICATION_TOPIC}:${run.id}`,
        },
      });
      if (this.failing) {
        this.failing = false;
        this.logger.info('Retraining notifications work again');
      }
    } catch (error) {
      if (this.failing) return;
      this.failing = true;
      this.logger.warn(
        `Could not notify the owner of ${run.entityRef} about run ${run.id}; further ` +
          'failures are not logged until it works again (without the notifications ' +
          'backend, owners get no notifications; the run and the audit trail are unaffected)',
        toError(error),
      );
    }
  }
}

/** The model's name as people read it in a notice. */
export function modelName(run: StoredRun): string {
  return parseEntityRef(run.entityRef).name;
}
