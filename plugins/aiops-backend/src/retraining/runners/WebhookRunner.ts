import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  AIOPS_WEBHOOK_HEADERS,
  RetrainingRunHandle,
  RetrainingRunReport,
  RetrainingRunRequest,
  RetrainingRunner,
  signWebhook,
} from '@unified-aiops/plugin-aiops-node';
import { retrying } from './retrying';

/** One configured receiver (`aiops.retraining.runners.webhook.targets.<name>`). */
interface WebhookTarget {
  url: string;
  secret: string;
  headers: Record<string, string>;
}

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
    const targets = new Map<string, WebhookTarget>();
    const targetsConfig = config?.getOptionalConfig('targets');
    for (const name of targetsConfig?.keys() ?? []) {
      const target = targetsConfig!.getConfig(name);
      const headers = target.getOptionalConfig('headers');
      targets.set(name, {
        url: target.getString('url'),
        secret: target.getString('secret'),
        headers: Object.fromEntries(
          (headers?.keys() ?? []).map(key => [key, headers!.getString(key)]),
        ),
      });
    }
    return new WebhookRunner({
      targets,
      attempts: config?.getOptionalNumber('attempts') ?? 4,
      backoffMs: config?.getOptionalNumber('backoffMs') ?? 1000,
      timeoutMs: (config?.getOptionalNumber('timeoutSeconds') ?? 30) * 1000,
    });
  }

  constructor(
    private readonly options: {
      targets: Map<string, WebhookTarget>;
      attempts: number;
      backoffMs: number;
      timeoutMs: number;
    },
  ) {}

  async start(request: RetrainingRunRequest): Promise<RetrainingRunHandle> {
    const target = this.options.targets.get(request.pipeline.target);
    if (!target) {
      throw new InputError(
        `No webhook runner target '${request.pipeline.target}' in aiops.retraining.runners.webhook.targets`,
      );
    }
    const body = JSON.stringify(request);
    const response = await retrying(
      `POST ${target.url}`,
      () => {
        // Signed per attempt: a retry hours later still carries a fresh timestamp.
        const { timestamp, signature } = signWebhook(target.secret, body);
        return fetch(target.url, {
          method: 'POST',
          headers: {
            ...target.headers,
            'content-type': 'application/json',
            [AIOPS_WEBHOOK_HEADERS.timestamp]: timestamp,
            [AIOPS_WEBHOOK_HEADERS.signature]: signature,
            [AIOPS_WEBHOOK_HEADERS.runId]: request.runId,
          },
          body,
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
      },
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
