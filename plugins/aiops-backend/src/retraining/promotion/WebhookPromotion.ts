import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  SignedPostOptions,
  SignedWebhookTarget,
  postSigned,
  readSignedPostOptions,
  readSignedWebhookTargets,
} from '../runners/signedPost';

/** What a promotion webhook receives: the serving system's cue to switch versions. */
export interface PromotionEvent {
  /** promote: serve `version` now; rollback: serve `version` again (the previous champion). */
  action: 'promote' | 'rollback';
  runId: string;
  model: { entityRef: string };
  version: string;
  /** The version served until now, when known. */
  previousVersion: string | null;
  /** Who decided: the loop, the approver, or who rolled back. */
  actor: string;
}

/**
 * Promotion through webhooks (`aiops.retraining.promotion.webhooks.<name>`), for serving
 * systems without a model registry the backend speaks to: a model names its receiver in
 * `spec.retraining.promotion.webhook`, and each promotion and rollback is POSTed to it,
 * signed as the webhook runner's deliveries are. A 2xx answer means the receiver took it;
 * anything else, after the retries, fails the promotion (or the rollback).
 */
export class WebhookPromotion {
  static fromConfig(config: Config): WebhookPromotion {
    const webhooks = config.getOptionalConfig(
      'aiops.retraining.promotion.webhooks',
    );
    return new WebhookPromotion({
      targets: readSignedWebhookTargets(webhooks),
      ...readSignedPostOptions(
        config.getOptionalConfig('aiops.retraining.promotion'),
      ),
    });
  }

  constructor(
    private readonly options: SignedPostOptions & {
      targets: Map<string, SignedWebhookTarget>;
    },
  ) {}

  /** Delivers the event to the named receiver; throws naming the receiver's answer. */
  async send(name: string, event: PromotionEvent): Promise<void> {
    const target = this.options.targets.get(name);
    if (!target) {
      throw new InputError(
        `No promotion webhook '${name}' in aiops.retraining.promotion.webhooks`,
      );
    }
    await postSigned(target, JSON.stringify(event), event.runId, this.options);
  }
}
