import { Config } from '@backstage/config';
import {
  AIOPS_WEBHOOK_HEADERS,
  signWebhook,
} from '@unified-aiops/plugin-aiops-node';
import { retrying } from './retrying';

/** A configured receiver of signed webhooks. */
export interface SignedWebhookTarget {
  url: string;
  secret: string;
  headers: Record<string, string>;
}

/** How deliveries are retried and timed out. */
export interface SignedPostOptions {
  attempts: number;
  backoffMs: number;
  timeoutMs: number;
}

/** The receivers under `config` (`<name>: { url, secret, headers }`), by name. */
export function readSignedWebhookTargets(
  config: Config | undefined,
): Map<string, SignedWebhookTarget> {
  const targets = new Map<string, SignedWebhookTarget>();
  for (const name of config?.keys() ?? []) {
    const target = config!.getConfig(name);
    const headers = target.getOptionalConfig('headers');
    targets.set(name, {
      url: target.getString('url'),
      secret: target.getString('secret'),
      headers: Object.fromEntries(
        (headers?.keys() ?? []).map(key => [key, headers!.getString(key)]),
      ),
    });
  }
  return targets;
}

/** Retries and time-out from `config` (`attempts`, `backoffMs`, `timeoutSeconds`). */
export function readSignedPostOptions(
  config: Config | undefined,
): SignedPostOptions {
  return {
    attempts: config?.getOptionalNumber('attempts') ?? 4,
    backoffMs: config?.getOptionalNumber('backoffMs') ?? 1000,
    timeoutMs: (config?.getOptionalNumber('timeoutSeconds') ?? 30) * 1000,
  };
}

/**
 * POSTs `body` (JSON) to the target, signed: `x-aiops-timestamp` and `x-aiops-signature`
 * (`v1=` HMAC-SHA256 of `<timestamp>.<body>`, checked by `verifyWebhook` in
 * plugin-aiops-node) and `x-aiops-run-id` so the receiver can drop a retried delivery.
 * Network errors, time-outs, 429 and 5xx are retried; any other 4xx fails at once.
 */
export function postSigned(
  target: SignedWebhookTarget,
  body: string,
  runId: string,
  options: SignedPostOptions,
): Promise<Response> {
  return retrying(
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
          [AIOPS_WEBHOOK_HEADERS.runId]: runId,
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    },
    options,
  );
}
