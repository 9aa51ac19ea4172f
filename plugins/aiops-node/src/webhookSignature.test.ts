import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhook } from './webhookSignature';

describe('webhook signatures', () => {
  const secret = 's3cret-value';
  const body = JSON.stringify({ runId: 'r1', model: 'mlmodel:default/churn' });
  const now = Date.UTC(2026, 11, 3, 12, 0, 0);

  it('signs <timestamp>.<body> with HMAC-SHA256', () => {
    const { timestamp, signature } = signWebhook(secret, body, now);
    expect(timestamp).toBe(String(now / 1000));
    const expected = createHmac('sha256', secret)
      .update(`${timestamp}.${body}`)
      .digest('hex');
    expect(signature).toBe(`v1=${expected}`);
  });

  it('accepts its own signature within the tolerance', () => {
    const signed = signWebhook(secret, body, now);
    expect(
      verifyWebhook({ secret, body, ...signed, now: now + 60_000 }),
    ).toEqual({ ok: true });
  });

  it('rejects a changed body, another secret, a replay and a missing header', () => {
    const signed = signWebhook(secret, body, now);
    expect(
      verifyWebhook({ secret, body: `${body} `, ...signed, now }),
    ).toMatchObject({ ok: false, reason: 'Signature does not match the body' });
    expect(
      verifyWebhook({ secret: 'other', body, ...signed, now }),
    ).toMatchObject({ ok: false });
    expect(
      verifyWebhook({ secret, body, ...signed, now: now + 301_000 }),
    ).toMatchObject({
      ok: false,
      reason: 'Timestamp is 301s away from now, more than 300s',
    });
    expect(
      verifyWebhook({
        secret,
        body,
        timestamp: undefined,
        signature: signed.signature,
        now,
      }),
    ).toMatchObject({ ok: false, reason: 'No valid timestamp header' });
  });
});
