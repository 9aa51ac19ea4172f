import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  RetrainingRunHandle,
  RetrainingRunReport,
  RetrainingRunRequest,
  RetrainingRunner,
} from '@unified-aiops/plugin-aiops-node';
import {
  SignedPostOptions,
  SignedWebhookTarget,
  postSigned,
  readSignedPostOptions,
  readSignedWebhookTargets,
} from './signedPost';

/**
 * Starts a run by POSTing it, signed, to a configured URL: for any system without a
 * runner of its own. The body is the run request as JSON; `x-aiops-timestamp` and
 * `x-aiops-signature` (`v1=` HMAC-SHA256 of `<timestamp>.<body>`) let the receiver check
 * it came from here and is not a replay (`verifyWebhook` in plugin-aiops-node), and
 * `x-aiops-run-id` lets it drop a retried delivery. The receiver may answer
 * `{ externalId, externalUrl }`; the run then reports through the status and evaluation
 * callbacks, since a webhook cannot be asked how a run is doing.
 */
export class WebhookRunner implements RetrainingRunner {
  readonly type = 'webhook';

  static fromConfig(config: Config | undefined) {
    return new WebhookRunner({
      targets: readSignedWebhookTargets(config?.getOptionalConfig('targets')),
      ...readSignedPostOptions(config),
    });
  }

  constructor(
    private readonly options: SignedPostOptions & {
      targets: Map<string, SignedWebhookTarget>;
    },
  ) {}

  async start(request: RetrainingRunRequest): Promise<RetrainingRunHandle> {
    const target = this.options.targets.get(request.pipeline.target);
    if (!target) {
      throw new InputError(
        `No webhook runner target '${request.pipeline.target}' in aiops.retraining.runners.webhook.targets`,
      );
    }
    const response = await postSigned(
      target,
      JSON.stringify(request),
      request.runId,
      this.options,
    );
    const answer = (await response.json().catch(() => ({}))) as {
      externalId?: unknown;
      externalUrl?: unknown;
    };
    return {
      externalId:
        typeof answer.externalId === 'string' && answer.externalId
          ? answer.externalId
          : request.runId,
      ...(typeof answer.externalUrl === 'string' && {
        externalUrl: answer.externalUrl,
      }),
    };
  }

  async status(): Promise<RetrainingRunReport | undefined> {
    return undefined;
  }
}
