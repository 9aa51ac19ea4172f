import { mockCredentials } from '@backstage/backend-test-utils';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { request } from '../__testUtils__/contractRequest';
import {
  DATABASE_IDS,
  createTestDatabases,
  startAiopsBackend,
  syntheticRecords,
} from '../__testUtils__/testBackend';
import {
  BASE,
  drift,
  pipelineEntity,
  retrainedModel,
  validation,
} from './__testUtils__/loop';
import { verifyWebhook } from '@unified-aiops/plugin-aiops-node';
import { aiopsModuleWebhookRunner } from './runners/modules';

jest.setTimeout(120_000);
const databases = createTestDatabases();

/**
 * A local server answering as MLflow's REST API 2.0 does for registered-model aliases:
 * `GET .../registered-models/alias` (404 RESOURCE_DOES_NOT_EXIST for an unset alias) and
 * `POST .../registered-models/alias`; `failPosts` makes the next POSTs answer 500.
 */
async function fakeMlflow(aliases: Record<string, string>) {
  const state = {
    aliases,
    failPosts: 0,
    posts: [] as unknown[],
    /** Deliveries to /hooks/deploy, a promotion webhook receiver; `refuseHooks` answers 400. */
    hooks: [] as Array<{ body: any; verified: boolean }>,
    refuseHooks: false,
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://mlflow');
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (url.pathname === '/hooks/deploy') {
        if (state.refuseHooks) {
          return send(400, {
            message: 'version 8 is not in the serving registry',
          });
        }
        const verified = verifyWebhook({
          secret: 'deploy-secret',
          body,
          timestamp: req.headers['x-aiops-timestamp'] as string,
          signature: req.headers['x-aiops-signature'] as string,
        }).ok;
        state.hooks.push({ body: JSON.parse(body), verified });
        return send(200, {});
      }
      if (url.pathname !== '/api/2.0/mlflow/registered-models/alias') {
        return send(404, { error_code: 'ENDPOINT_NOT_FOUND' });
      }
      if (req.method === 'GET') {
        const version = state.aliases[url.searchParams.get('alias')!];
        return version
          ? send(200, {
              model_version: { name: url.searchParams.get('name'), version },
            })
          : send(404, {
              error_code: 'RESOURCE_DOES_NOT_EXIST',
              message: 'alias not found',
            });
      }
      if (state.failPosts > 0) {
        state.failPosts--;
        return send(500, { error_code: 'INTERNAL_ERROR', message: 'db down' });
      }
      const { name, alias, version } = JSON.parse(body);
      state.posts.push({ name, alias, version });
      state.aliases[alias] = version;
      return send(200, {});
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    state,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

/** Where the model's drift reference came from (the profiles route's referenceSource). */
async function referenceOf(server: any) {
  const { updatedAt: _at, ...info } = (
    await request(server).get(`${BASE}/profiles`).expect(200)
  ).body.referenceSource;
  return info;
}

const evaluation = {
  challenger: { version: '8', metrics: { auc: 0.86, latency_p95_ms: 41 } },
  champion: { version: '7', metrics: { auc: 0.81, latency_p95_ms: 40 } },
};

describe.each(DATABASE_IDS)('promotion on %s', databaseId => {
  let mlflow: Awaited<ReturnType<typeof fakeMlflow>>;
  beforeEach(async () => {
    mlflow = await fakeMlflow({ champion: '7' });
  });
  afterEach(() => mlflow.close());

  async function start(
    riskTier = 'limited',
    approvalExpiryHours = 72,
    model: Record<string, unknown> = {},
  ) {
    return startAiopsBackend({
      knex: await databases.init(databaseId),
      entities: [
        retrainedModel({ riskTier, ...model }),
        pipelineEntity({ type: 'webhook', target: 'ci' }),
      ],
      features: [aiopsModuleWebhookRunner],
      config: {
        mlflow: { baseUrl: mlflow.baseUrl },
        retraining: {
          promotion: {
            approvalExpiryHours,
            attempts: 1,
            webhooks: {
              deploy: {
                url: `${mlflow.baseUrl}/hooks/deploy`,
                secret: 'deploy-secret',
              },
            },
          },
          runners: {
            webhook: {
              targets: {
                ci: { url: `${mlflow.baseUrl}/hooks/accept`, secret: 'x' },
              },
            },
          },
        },
      },
    });
  }

  /** A run reported passing; the webhook target answers 404, so runs are started by hand. */
  async function passingRun(server: any) {
    const run = (
      await request(server)
        .post(`${BASE}/runs`)
        .send({ reason: 'fresh labels' })
        .expect(201)
    ).body;
    return request(server)
      .post(`/api/aiops/v1/runs/${run.id}/evaluation`)
      .set('Authorization', mockCredentials.service.header())
      .send(evaluation)
      .expect(200);
  }

  it('drift → run → gate pass → champion alias in MLflow → reference moved → ok after new traffic; then one rollback undoes it', async () => {
    const { server } = await start();
    await drift(server);
    const before = await referenceOf(server);
    expect(before.source).toBe('records');
    const [run] = (await request(server).get(`${BASE}/runs`).expect(200)).body
      .items;
    // A decision can land on a failed dispatch too: the pipeline ran elsewhere.
    const decided = await request(server)
      .post(`/api/aiops/v1/runs/${run.id}/evaluation`)
      .set('Authorization', mockCredentials.service.header())
      .send(evaluation)
      .expect(200);
    expect(decided.body).toMatchObject({
      decision: 'pass',
      promotedVersion: '8',
      promotion: {
        state: 'promoted',
        previousVersion: '7',
        reason:
          'Version 8 is the champion of churn in MLflow; the drift reference is its training window',
      },
    });
    expect(mlflow.state.aliases).toEqual({ champion: '8', previous: '7' });
    const moved = await referenceOf(server);
    expect(moved).toMatchObject({ source: 'window', modelVersion: '8' });

    // New traffic like the data the challenger was trained on: drift clears.
    await request(server)
      .post(`${BASE}/records`)
      .send({
        idempotencyKey: 'after-promotion',
        records: syntheticRecords(600, { shift: 15, seed: 7 }),
      })
      .expect(202);
    let status = 'drift';
    for (let i = 0; i < 6 && status !== 'ok'; i++) {
      status = (await request(server).post(`${BASE}/checks`).expect(201)).body
        .status;
    }
    expect(status).toBe('ok');
    // The next run retrains the promoted version, not the alias the catalog still shows.
    const next = await request(server)
      .post(`${BASE}/runs`)
      .send({ reason: 'fresh labels' })
      .expect(201);
    expect(next.body.modelVersion).toBe('8');

    const rolledBack = await request(server)
      .post(`${BASE}/rollback`)
      .send({ reason: 'conversion dropped after the release' })
      .expect(200);
    expect(rolledBack.body.promotion).toMatchObject({
      state: 'rolled-back',
      decidedBy: 'user:default/mock',
      comment: 'conversion dropped after the release',
    });
    expect(mlflow.state.aliases.champion).toBe('7');
    expect(await referenceOf(server)).toEqual(before);
    await request(server)
      .post(`${BASE}/rollback`)
      .send({ reason: 'again' })
      .expect(409);
    const audit = await request(server)
      .get('/api/aiops/v1/audit?entityRef=mlmodel:default/churn&limit=500')
      .expect(200);
    expect(audit.body.items.map((e: any) => e.action)).toEqual(
      expect.arrayContaining(['promotion-promoted', 'promotion-rolled-back']),
    );
  });

  it('has one promotion in force: the next supersedes it, its rollback puts it back', async () => {
    const { server } = await start();
    await drift(server);
    const first = (await passingRun(server)).body;
    // the catalog still shows alias 7 (its refresh has not run): the loop's 8 counts
    expect(
      (await request(server).get(`${BASE}/governance`).expect(200)).body
        .modelVersion,
    ).toBe('8');
    const next = (
      await request(server)
        .post(`${BASE}/runs`)
        .send({ reason: 'fresh labels' })
        .expect(201)
    ).body;
    expect(next.modelVersion).toBe('8');
    const second = (
      await request(server)
        .post(`/api/aiops/v1/runs/${next.id}/evaluation`)
        .set('Authorization', mockCredentials.service.header())
        .send({
          challenger: {
            version: '9',
            metrics: { auc: 0.9, latency_p95_ms: 40 },
          },
          champion: {
            version: '8',
            metrics: { auc: 0.86, latency_p95_ms: 41 },
          },
        })
        .expect(200)
    ).body;
    expect(second.promotion).toMatchObject({
      state: 'promoted',
      previousVersion: '8',
    });
    const promotions = async () =>
      Object.fromEntries(
        (await request(server).get(`${BASE}/runs`).expect(200)).body.items.map(
          (r: any) => [r.id, r.promotion?.state ?? null],
        ),
      );
    expect(await promotions()).toMatchObject({
      [first.id]: 'superseded',
      [second.id]: 'promoted',
    });

    await request(server)
      .post(`${BASE}/rollback`)
      .send({ reason: 'recall dropped on the new segment' })
      .expect(200);
    expect(mlflow.state.aliases.champion).toBe('8');
    expect(await promotions()).toMatchObject({
      [first.id]: 'promoted',
      [second.id]: 'rolled-back',
    });
    // the next rollback undoes the reinstated promotion: back to 7
    await request(server)
      .post(`${BASE}/rollback`)
      .send({ reason: 'and the one before' })
      .expect(200);
    expect(mlflow.state.aliases.champion).toBe('7');
    const audit = await request(server)
      .get('/api/aiops/v1/audit?entityRef=mlmodel:default/churn&limit=500')
      .expect(200);
    expect(audit.body.items.map((e: any) => e.action)).toContain(
      'promotion-reinstate',
    );
  });

  it('makes the challenger’s reported training records its drift reference, compared from the promotion on', async () => {
    const { server } = await start();
    await drift(server);
    const run = (
      await request(server)
        .post(`${BASE}/runs`)
        .send({ reason: 'fresh labels' })
        .expect(201)
    ).body;
    const report = (records: unknown[]) =>
      request(server)
        .post(`/api/aiops/v1/runs/${run.id}/evaluation`)
        .set('Authorization', mockCredentials.service.header())
        .send({ ...evaluation, reference: { records } });
    // too few to be a reference: refused before anything is decided
    const few = await report(syntheticRecords(5, { shift: 15, seed: 3 }));
    expect(few.status).toBe(400);
    expect(few.body.error.message).toBe(
      'The reference would hold 5 records; it needs at least 100 (aiops.ingest.minReferenceRecords)',
    );
    const decided = (
      await report(syntheticRecords(600, { shift: 15, seed: 3 })).expect(200)
    ).body;
    expect(decided.promotion.state).toBe('promoted');
    const reference = await referenceOf(server);
    expect(reference).toMatchObject({
      source: 'records',
      modelVersion: '8',
      recordCount: 600,
      comparedFrom: decided.promotion.promotedAt,
    });
    // checks compare the traffic from the promotion's profile window on, not the last 24 h
    const check = (await request(server).post(`${BASE}/checks`).expect(201))
      .body;
    const hour = 3_600_000;
    expect(Date.parse(check.result.window.from)).toBe(
      Math.floor(Date.parse(decided.promotion.promotedAt) / hour) * hour,
    );
  });

  it('keeps the champion and the reference when MLflow fails', async () => {
    const { server } = await start();
    await drift(server);
    mlflow.state.failPosts = 10;
    const decided = (await passingRun(server)).body;
    expect(decided.promotion.state).toBe('failed');
    expect(decided.promotion.reason).toMatch(
      /^MLflow did not take the champion alias: POST .* failed after 3 attempts; last: 500 Internal Server Error/,
    );
    expect(decided.promotedVersion).toBeNull();
    expect(mlflow.state.aliases).toEqual({ champion: '7' });
    expect((await referenceOf(server)).source).toBe('records');
  });

  it('has a high-risk model wait for a person other than who triggered it', async () => {
    const { server, notifications } = await start('high');
    await drift(server);
    const waiting = (await passingRun(server)).body;
    // the champion it would replace is named while it waits (the audit entry has it too)
    expect(waiting.promotion).toMatchObject({
      state: 'awaiting-approval',
      previousVersion: '7',
    });
    expect(mlflow.state.aliases.champion).toBe('7');
    // One challenger waits at a time: a second would be another "version 8".
    const another = await request(server)
      .post(`${BASE}/runs`)
      .send({ reason: 'again' })
      .expect(409);
    expect(another.body.error.message).toBe(
      `Run ${waiting.id}'s challenger (version 8) awaits approval; approve or reject it before retraining mlmodel:default/churn again`,
    );
    // The owner is asked, and the fleet counts the model as waiting for a person.
    expect(notifications.send).toHaveBeenLastCalledWith({
      recipients: { type: 'entity', entityRef: 'mlmodel:default/churn' },
      payload: expect.objectContaining({
        title: 'Model churn: version 8 passed the gate and needs an approval',
        severity: 'high',
        link: '/catalog/default/mlmodel/churn/retraining',
      }),
    });
    const fleet = (await request(server).get('/api/aiops/v1/fleet').expect(200))
      .body;
    expect(fleet.retraining).toEqual({ inFlight: 0, awaitingApproval: 1 });
    expect(fleet.models[0].retraining).toBe('awaiting-approval');
    const approve = (auth: string) =>
      request(server)
        .post(`/api/aiops/v1/runs/${waiting.id}/approve`)
        .set('Authorization', auth)
        .send({ comment: 'bias report reviewed' });
    expect((await approve(mockCredentials.service.header())).status).toBe(403);
    const self = await approve(mockCredentials.user.header());
    expect(self.status).toBe(403);
    expect(self.body.error.message).toBe(
      `user:default/mock triggered run ${waiting.id}, so someone else must approve or reject its promotion (four eyes: aiops.governance.fourEyes)`,
    );
    const approved = await approve(
      mockCredentials.user.header('user:default/ana'),
    ).expect(200);
    expect(approved.body.promotion).toMatchObject({
      state: 'promoted',
      decidedBy: 'user:default/ana',
      comment: 'bias report reviewed',
    });
    expect(mlflow.state.aliases.champion).toBe('8');
    expect(notifications.send).toHaveBeenLastCalledWith(
      expect.objectContaining({
        payload: expect.objectContaining({
          title: 'Model churn: version 8 promoted to champion',
        }),
      }),
    );
    expect(
      (await request(server).get('/api/aiops/v1/fleet').expect(200)).body
        .retraining,
    ).toEqual({ inFlight: 0, awaitingApproval: 0 });

    const second = (await passingRun(server)).body;
    const rejected = await request(server)
      .post(`/api/aiops/v1/runs/${second.id}/reject`)
      .set('Authorization', mockCredentials.user.header('user:default/ana'))
      .send({ comment: 'not before the audit' })
      .expect(200);
    expect(rejected.body.promotion).toMatchObject({
      state: 'rejected',
      comment: 'not before the audit',
    });
    await request(server)
      .post(`/api/aiops/v1/runs/${second.id}/approve`)
      .set('Authorization', mockCredentials.user.header('user:default/ana'))
      .send({ comment: 'changed my mind' })
      .expect(409);
    await request(server)
      .post(`/api/aiops/v1/runs/${second.id}/reject`)
      .set('Authorization', mockCredentials.user.header('user:default/ana'))
      .send({})
      .expect(400);
  });

  it('lets an approval expire', async () => {
    const { server } = await start('high', 0.0001);
    await drift(server);
    const waiting = (await passingRun(server)).body;
    await new Promise(resolve => setTimeout(resolve, 500));
    const late = await request(server)
      .post(`/api/aiops/v1/runs/${waiting.id}/approve`)
      .set('Authorization', mockCredentials.user.header('user:default/ana'))
      .send({ comment: 'sorry, I was away' })
      .expect(409);
    expect(late.body.error.message).toMatch(
      /^The approval of run .* expired at/,
    );
    const run = (
      await request(server).get(`/api/aiops/v1/runs/${waiting.id}`).expect(200)
    ).body;
    expect(run.promotion.state).toBe('expired');
    expect(mlflow.state.aliases.champion).toBe('7');
  });

  it('keeps the decision as the challenger version’s gate evidence, rule by rule', async () => {
    const { server } = await start();
    await drift(server);
    const decided = (await passingRun(server)).body;
    const gates = (await request(server).get(`${BASE}/gates`).expect(200)).body
      .items;
    expect(gates).toHaveLength(1);
    expect(gates[0]).toMatchObject({
      modelVersion: '8',
      decision: 'pass',
      actor: 'external:test-service',
      evidence: { metrics: evaluation.challenger.metrics },
    });
    expect(gates[0].checks.map((c: any) => [c.id, c.result])).toEqual(
      decided.validation.rules.map((r: any) => [
        `validation.${r.id}`,
        r.result,
      ]),
    );
    const audit = await request(server)
      .get('/api/aiops/v1/audit?entityRef=mlmodel:default/churn&limit=500')
      .expect(200);
    expect(
      audit.body.items.find((e: any) => e.action === 'gate-decision').details,
    ).toMatchObject({
      gateId: gates[0].id,
      source: 'retraining-validation',
      runId: decided.id,
    });
  });

  it('lists a pipeline’s runs across its models, 404 for a pipeline nobody can see', async () => {
    const { server } = await start();
    await drift(server);
    const decided = (await passingRun(server)).body;
    const runs = (
      await request(server)
        .get('/api/aiops/v1/pipelines/default/churn-training/runs')
        .expect(200)
    ).body.items;
    expect(runs.map((r: any) => r.id)).toEqual([
      decided.id,
      expect.any(String),
    ]);
    expect(runs[0]).toMatchObject({
      pipelineRef: 'mlpipeline:default/churn-training',
      promotedVersion: '8',
    });
    await request(server)
      .get('/api/aiops/v1/pipelines/default/nothing/runs')
      .expect(404);
  });

  it('tells a promotion webhook of the promotion and of its rollback, signed', async () => {
    const { server } = await start('limited', 72, {
      retraining: {
        trigger: { consecutiveChecks: 1 },
        validation,
        promotion: { webhook: 'deploy' },
      },
    });
    await drift(server);
    const decided = (await passingRun(server)).body;
    expect(decided.promotion.reason).toBe(
      "Version 8 is the champion of churn in MLflow and delivered to the promotion webhook 'deploy'; the drift reference is its training window",
    );
    expect(mlflow.state.hooks).toEqual([
      {
        verified: true,
        body: {
          action: 'promote',
          runId: decided.id,
          model: { entityRef: 'mlmodel:default/churn' },
          version: '8',
          previousVersion: '7',
          actor: 'aiops:retraining',
        },
      },
    ]);
    await request(server)
      .post(`${BASE}/rollback`)
      .send({ reason: 'latency doubled' })
      .expect(200);
    expect(mlflow.state.hooks[1]).toMatchObject({
      verified: true,
      body: { action: 'rollback', version: '7', previousVersion: '8' },
    });
  });

  it('undoes the alias and the reference when the promotion webhook refuses', async () => {
    const { server } = await start('limited', 72, {
      retraining: {
        trigger: { consecutiveChecks: 1 },
        validation,
        promotion: { webhook: 'deploy' },
      },
    });
    await drift(server);
    mlflow.state.refuseHooks = true;
    const decided = (await passingRun(server)).body;
    expect(decided.promotion.state).toBe('failed');
    expect(decided.promotion.reason).toMatch(
      /^The promotion webhook 'deploy' did not take version 8: POST .*\/hooks\/deploy answered 400 Bad Request/,
    );
    expect(mlflow.state.aliases.champion).toBe('7');
    expect((await referenceOf(server)).source).toBe('records');
  });
});
