import { mockServices } from '@backstage/backend-test-utils';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { AiopsStatusClient } from './AiopsStatusClient';

describe('AiopsStatusClient', () => {
  let server: http.Server;
  let baseUrl: string;
  const received: Array<{ url?: string; auth?: string; body: unknown }> = [];
  let reply: { status: number; body: unknown };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let text = '';
      req.on('data', chunk => {
        text += chunk;
      });
      req.on('end', () => {
        received.push({
          url: req.url,
          auth: req.headers.authorization,
          body: JSON.parse(text),
        });
        res.writeHead(reply.status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${
      (server.address() as AddressInfo).port
    }/api/aiops`;
  });

  afterAll(() => new Promise(resolve => server.close(resolve)));

  beforeEach(() => {
    received.length = 0;
  });

  function client() {
    const discovery = mockServices.discovery.mock({
      getBaseUrl: async () => baseUrl,
    });
    return AiopsStatusClient.create({ discovery, auth: mockServices.auth() });
  }

  it('posts the refs with a service token and maps the answer', async () => {
    reply = {
      status: 200,
      body: {
        items: [
          {
            entityRef: 'mlmodel:default/churn-classifier',
            driftStatus: 'drift',
            governanceStatus: 'at-risk',
          },
          {
            entityRef: 'MLModel:default/Fraud-Detector',
            driftStatus: 'sideways',
            governanceStatus: 'compliant',
          },
        ],
      },
    };
    const statuses = await client().getStatuses([
      'mlmodel:default/churn-classifier',
      'mlmodel:default/fraud-detector',
    ]);
    expect(received).toEqual([
      {
        url: '/api/aiops/v1/status/batch',
        auth: expect.stringMatching(/^Bearer .+/),
        body: {
          entityRefs: [
            'mlmodel:default/churn-classifier',
            'mlmodel:default/fraud-detector',
          ],
        },
      },
    ]);
    expect(received[0].auth).toContain('aiops');
    expect(Object.fromEntries(statuses)).toEqual({
      'mlmodel:default/churn-classifier': {
        driftStatus: 'drift',
        governanceStatus: 'at-risk',
      },
      'mlmodel:default/fraud-detector': {
        driftStatus: 'no-data',
        governanceStatus: 'compliant',
      },
    });
  });

  it('throws on an error answer so the cache can degrade', async () => {
    reply = { status: 503, body: { error: { message: 'starting up' } } };
    await expect(client().getStatuses(['mlmodel:default/a'])).rejects.toThrow(
      /503/,
    );
  });
});
