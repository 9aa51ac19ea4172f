import { ConfigReader } from '@backstage/config';
import { verifyWebhook } from '@unified-aiops/plugin-aiops-node';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { WebhookRunner } from './WebhookRunner';
import { testRunRequest } from './testRequest';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A receiver answering each POST with the next of `answers` (status, body, or a hang). */
async function receiver(answers: Array<[number, unknown] | 'hang'>) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const answer = answers.shift() ?? [500, { message: 'no answer left' }];
      if (answer === 'hang') return;
      res.writeHead(answer[0], { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer[1]));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${
    (server.address() as AddressInfo).port
  }/hooks/train`;
  return {
    url,
    received,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

describe('WebhookRunner', () => {
  const secret = 'webhook-shared-secret';
  const runnerFor = (url: string, extra: Record<string, unknown> = {}) =>
    WebhookRunner.fromConfig(
      new ConfigReader({
        attempts: 3,
        backoffMs: 10,
        timeoutSeconds: 0.3,
        ...extra,
        targets: {
          train: { url, secret, headers: { 'x-team': 'growth' } },
        },
      }),
    );

  it('POSTs the signed run request and takes the receiver’s run id and link', async () => {
    const server = await receiver([
      [202, { externalId: 'job-42', externalUrl: 'https://ci.example/job/42' }],
    ]);
    try {
      const request = testRunRequest('train', { epochs: '3' });
      const handle = await runnerFor(server.url).start(request);
      expect(handle).toEqual({
        externalId: 'job-42',
        externalUrl: 'https://ci.example/job/42',
      });
      const [{ headers, body }] = server.received;
      expect(JSON.parse(body)).toEqual(request);
      expect(headers['x-aiops-run-id']).toBe(request.runId);
      expect(headers['x-team']).toBe('growth');
      expect(
        verifyWebhook({
          secret,
          body,
          timestamp: headers['x-aiops-timestamp'] as string,
          signature: headers['x-aiops-signature'] as string,
        }),
      ).toEqual({ ok: true });
      expect(await runnerFor(server.url).status()).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('retries a 5xx and a hung request with backoff, then succeeds; the run id defaults to ours', async () => {
    const server = await receiver([
      'hang',
      [503, { message: 'busy' }],
      [200, {}],
    ]);
    try {
      const request = testRunRequest('train');
      const handle = await runnerFor(server.url).start(request);
      expect(handle).toEqual({ externalId: request.runId });
      expect(server.received).toHaveLength(3);
      expect(
        new Set(server.received.map(r => r.headers['x-aiops-run-id'])),
      ).toEqual(new Set([request.runId]));
    } finally {
      await server.close();
    }
  });

  it('fails at once on a 4xx, with the receiver’s answer', async () => {
    const server = await receiver([[401, { message: 'bad signature' }]]);
    try {
      await expect(
        runnerFor(server.url).start(testRunRequest('train')),
      ).rejects.toThrow(
        `POST ${server.url} answered 401 Unauthorized: {"message":"bad signature"}`,
      );
      expect(server.received).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('gives up after the configured attempts of 5xx', async () => {
    const server = await receiver([
      [500, { message: 'a' }],
      [502, { message: 'b' }],
      [500, { message: 'c' }],
    ]);
    try {
      await expect(
        runnerFor(server.url).start(testRunRequest('train')),
      ).rejects.toThrow(
        `POST ${server.url} failed after 3 attempts; last: 500 Internal Server Error: {"message":"c"}`,
      );
    } finally {
      await server.close();
    }
  });

  it('refuses a target the config does not define', async () => {
    await expect(
      runnerFor('http://127.0.0.1:1/').start(testRunRequest('deploy')),
    ).rejects.toThrow(
      "No webhook runner target 'deploy' in aiops.retraining.runners.webhook.targets",
    );
  });
});
