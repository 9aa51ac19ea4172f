import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Headers of a webhook the aiops backend sends: the time it was signed (Unix seconds)
 * and `v1=` + hex HMAC-SHA256 of `<timestamp>.<body>` under the target's secret.
 *
 * @public
 */
export const AIOPS_WEBHOOK_HEADERS = {
  timestamp: 'x-aiops-timestamp',
  signature: 'x-aiops-signature',
  runId: 'x-aiops-run-id',
} as const;

function hmac(secret: string, timestamp: string, body: string) {
  return createHmac('sha256', secret)
    .update(`${timestamp}.${body}`)
    .digest('hex');
}

/**
 * Signs a webhook body: the timestamp and signature headers to send with it.
 *
 * @public
 */
export function signWebhook(
  secret: string,
  body: string,
  now: number = Date.now(),
): { timestamp: string; signature: string } {
  const timestamp = String(Math.floor(now / 1000));
  return { timestamp, signature: `v1=${hmac(secret, timestamp, body)}` };
}

/**
 * Checks a received webhook as a receiver should: the signature matches the exact body
 * under the shared secret (compared in constant time), and the timestamp is within
 * `toleranceSeconds` of now, so a recorded request cannot be replayed later.
 *
 * @public
 */
export function verifyWebhook(options: {
  secret: string;
  body: string;
  timestamp: string | undefined;
  signature: string | undefined;
  toleranceSeconds?: number;
  now?: number;
}): { ok: true } | { ok: false; reason: string } {
  const { secret, body, timestamp, signature } = options;
  const tolerance = options.toleranceSeconds ?? 300;
  if (!timestamp || !/^\d+$/.test(timestamp)) {
    return { ok: false, reason: 'No valid timestamp header' };
  }
  const age = Math.abs(
    Math.floor((options.now ?? Date.now()) / 1000) - Number(timestamp),
  );
  if (age > tolerance) {
    return {
      ok: false,
      reason: `Timestamp is ${age}s away from now, more than ${tolerance}s`,
    };
  }
  const expected = Buffer.from(`v1=${hmac(secret, timestamp, body)}`);
  const given = Buffer.from(signature ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'Signature does not match the body' };
  }
  return { ok: true };
}
