import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Entity } from '@backstage/catalog-model';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request } from '../__testUtils__/contractRequest';
import {
  BASE,
  drift,
  pipelineEntity,
  retrainedModel,
} from './__testUtils__/loop';
import {
  DATABASE_IDS,
  createTestDatabases,
  eventually,
  startAiopsBackend,
} from '../__testUtils__/testBackend';
import {
  aiopsModuleLocalRunner,
  aiopsModuleWebhookRunner,
} from './runners/modules';

jest.setTimeout(120_000);
const databases = createTestDatabases();

describe.each(DATABASE_IDS)('the retraining loop on %s', databaseId => {
  let workDir: string;
  beforeEach(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aiops-loop-test-'));
  });
  afterEach(() => fs.rmSync(workDir, { recursive: true, force: true }));

  async function start(
    options: {
      entities?: Entity[];
      permission?: (name: string) => AuthorizeResult;
    } = {},
  ) {
    return startAiopsBackend({
      knex: await databases.init(databaseId),
      entities: options.entities ?? [
        retrainedModel(),
        pipelineEntity({ type: 'local', target: 'train', timeoutMinutes: 30 }),
      ],
      permission: options.permission as any,
      features: [aiopsModuleLocalRunner, aiopsModuleWebhookRunner],
      config: {
        retraining: {
          runners: {
            local: {
              workDir,
              killGraceSeconds: 0.2,
              targets: {
                slow: {
                  command: process.execPath,
                  args: ['-e', 'setTimeout(() => {}, 20_000)'],
                },
                train: {
                  command: process.execPath,
                  args: [
                    '-e',
                    'console.log("training on", process.env.AIOPS_DATA_FROM)',
                  ],
                },
              },
            },
          },
        },
      },
    });
  }

  it('starts one run per drift episode, and the evaluation callback decides it rule by rule', async () => {
    const { server, auditEvents } = await start();
    await drift(server);
    const listed = await request(server).get(`${BASE}/runs`).expect(200);
    expect(listed.body.items).toHaveLength(1);
    const [run] = listed.body.items;
    expect(run).toMatchObject({
      entityRef: 'mlmodel:default/churn',
      pipelineRef: 'mlpipeline:default/churn-training',
      trigger: { kind: 'drift', by: 'aiops:retraining' },
      runner: 'local',
      target: 'train',
      modelVersion: '7',
      decision: null,
      promotedVersion: null,
    });
    expect(['running', 'succeeded']).toContain(run.state);
    expect(run.trigger.reason).toBe('drift held for 1 consecutive checks');
    expect(Date.parse(run.deadline) - Date.parse(run.createdAt)).toBe(
      30 * 60_000,
    );
    // it trains on the traffic since the drift began, not on the week before
    const status = (await request(server).get(`${BASE}/status`).expect(200))
      .body;
    expect(run.dataWindow.from).toBe(status.changedAt);

    // a body sent without a Content-Type is read as JSON, and answered as such
    const bare = await request(server)
      .post(`${BASE}/rollback`)
      .set('Content-Type', '');
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toMatch(
      /must have required property 'reason'/,
    );

    // The same episode, checked again: still one run.
    await request(server).post(`${BASE}/checks`).expect(201);
    expect(
      (await request(server).get(`${BASE}/runs`).expect(200)).body.items,
    ).toHaveLength(1);

    const decided = await request(server)
      .post(`/api/aiops/v1/runs/${run.id}/evaluation`)
      .set('Authorization', mockCredentials.service.header())
      .send({
        challenger: {
          version: '8',
          metrics: { auc: 0.86, latency_p95_ms: 42 },
          examples: { correct: [true, false, true] },
        },
        champion: {
          version: '7',
          metrics: { auc: 0.81, latency_p95_ms: 40 },
          examples: { correct: [true, false, false] },
        },
      })
      .expect(200);
    expect(decided.body).toMatchObject({
      state: 'succeeded',
      decision: 'pass',
      validation: {
        decision: 'pass',
        champion: { version: '7' },
        challenger: { version: '8' },
        rules: [
          {
            id: 'primary:auc',
            champion: 0.81,
            challenger: 0.86,
            result: 'pass',
          },
          {
            id: 'guardrail:latency_p95_ms',
            champion: 40,
            challenger: 42,
            result: 'pass',
          },
        ],
      },
    });
    expect(decided.body.finishedAt).not.toBeNull();
    // lists leave the per-example results out; the run itself has them
    expect(
      (await request(server).get(`${BASE}/runs`).expect(200)).body.items[0]
        .validation.challenger,
    ).toEqual({ version: '8', metrics: { auc: 0.86, latency_p95_ms: 42 } });
    expect(
      (await request(server).get(`/api/aiops/v1/runs/${run.id}`).expect(200))
        .body.validation.challenger.examples,
    ).toEqual({ correct: [true, false, true] });

    // Once decided, a second report is a conflict, not a new decision.
    await request(server)
      .post(`/api/aiops/v1/runs/${run.id}/evaluation`)
      .set('Authorization', mockCredentials.service.header())
      .send({ challenger: { metrics: { auc: 0.5 } } })
      .expect(409);

    const audit = await request(server)
      .get('/api/aiops/v1/audit?entityRef=mlmodel:default/churn')
      .expect(200);
    const actions = audit.body.items.map((e: any) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'retraining-trigger',
        'retraining-status',
        'retraining-evaluation',
      ]),
    );
    expect(auditEvents.map(e => e.eventId)).toEqual(
      expect.arrayContaining(['retraining-trigger', 'retraining-evaluation']),
    );
  });

  it('fails the gate when the challenger is worse, naming the rule', async () => {
    const { server } = await start();
    const run = (
      await request(server)
        .post(`${BASE}/runs`)
        .send({ reason: 'fresh labels' })
        .expect(201)
    ).body;
    expect(run.trigger).toEqual({
      kind: 'manual',
      by: 'user:default/mock',
      reason: 'fresh labels',
    });
    const decided = await request(server)
      .post(`/api/aiops/v1/runs/${run.id}/evaluation`)
      .set('Authorization', mockCredentials.service.header())
      .send({
        challenger: { metrics: { auc: 0.8, latency_p95_ms: 60 } },
        champion: { metrics: { auc: 0.81, latency_p95_ms: 40 } },
      })
      .expect(200);
    expect(decided.body.decision).toBe('fail');
    expect(
      decided.body.validation.rules.map((r: any) => [r.id, r.result, r.reason]),
    ).toEqual([
      ['primary:auc', 'fail', 'auc 0.81 → 0.8: degrades by 0.01'],
      [
        'guardrail:latency_p95_ms',
        'fail',
        'latency_p95_ms 40 → 60: regresses by 20',
      ],
    ]);
  });

  it('keeps runs to the pipeline’s maximum in flight', async () => {
    const { server } = await start({
      entities: [
        retrainedModel(),
        pipelineEntity({ type: 'local', target: 'slow' }),
      ],
    });
    const first = (await request(server).post(`${BASE}/runs`).expect(201)).body;
    expect(first.state).toBe('running');
    const second = await request(server).post(`${BASE}/runs`).expect(409);
    expect(second.body.error.message).toBe(
      'mlpipeline:default/churn-training has 1 run in flight, at most 1; cancel one or wait',
    );
    await request(server)
      .post(`/api/aiops/v1/runs/${first.id}/cancel`)
      .expect(200);
    const third = (await request(server).post(`${BASE}/runs`).expect(201)).body;
    // The pipeline reports its own end through the status callback.
    const reported = await request(server)
      .post(`/api/aiops/v1/runs/${third.id}/status`)
      .set('Authorization', mockCredentials.service.header())
      .send({
        state: 'failed',
        reason: 'out of memory at epoch 3',
        logUrl: 'https://ci.example.com/runs/3/log',
      })
      .expect(200);
    expect(reported.body).toMatchObject({
      state: 'failed',
      stateReason: 'out of memory at epoch 3',
      logUrl: 'https://ci.example.com/runs/3/log',
    });
    expect(reported.body.finishedAt).not.toBeNull();
  });

  it('fails a run its runner refuses, and needs a pipeline and the permission', async () => {
    const { server } = await start({
      entities: [
        retrainedModel(),
        pipelineEntity({ type: 'webhook', target: 'nowhere' }),
      ],
    });
    // The webhook target is not configured: the run fails at dispatch, with the reason.
    const failed = (await request(server).post(`${BASE}/runs`).expect(201))
      .body;
    expect(failed.state).toBe('failed');
    expect(failed.stateReason).toBe(
      "The webhook runner could not start the run: No webhook runner target 'nowhere' in aiops.retraining.runners.webhook.targets",
    );

    const denied = await start({
      permission: name =>
        name === 'aiops.retraining.trigger'
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
    });
    await request(denied.server).post(`${BASE}/runs`).expect(403);

    const orphan = await start({
      entities: [retrainedModel({ trainedBy: undefined })],
    });
    const conflict = await request(orphan.server)
      .post(`${BASE}/runs`)
      .expect(409);
    expect(conflict.body.error.message).toBe(
      'mlmodel:default/churn names no retraining pipeline (spec.trainedBy)',
    );
  });

  it('answers runs of an unregistered runner failed, and pipeline status reports move a run once', async () => {
    const { server } = await start({
      entities: [
        retrainedModel(),
        pipelineEntity({ type: 'sagemaker', target: 'churn' }),
      ],
    });
    const run = (await request(server).post(`${BASE}/runs`).expect(201)).body;
    expect(run).toMatchObject({
      state: 'failed',
      stateReason:
        "No retraining runner 'sagemaker' is registered (registered: local, webhook); add its backend module",
    });
    await request(server)
      .post(`/api/aiops/v1/runs/${run.id}/status`)
      .set('Authorization', mockCredentials.service.header())
      .send({ state: 'running' })
      .expect(409);
    await request(server)
      .post(`/api/aiops/v1/runs/${run.id}/status`)
      .set('Authorization', mockCredentials.service.header())
      .send({ state: 'exploded' })
      .expect(400);
    await request(server).get('/api/aiops/v1/runs/no-such-run').expect(404);
  });

  it('cancels a local run, stopping its process; a finished run cannot be cancelled', async () => {
    const { server } = await start({
      entities: [
        retrainedModel(),
        pipelineEntity({ type: 'local', target: 'slow' }),
      ],
    });
    const run = (await request(server).post(`${BASE}/runs`).expect(201)).body;
    const pid = Number(run.externalId);
    expect(() => process.kill(pid, 0)).not.toThrow();
    const cancelled = await request(server)
      .post(`/api/aiops/v1/runs/${run.id}/cancel`)
      .expect(200);
    expect(cancelled.body).toMatchObject({
      state: 'cancelled',
      stateReason: 'Cancelled by user:default/mock',
    });
    await eventually(async () => {
      try {
        process.kill(pid, 0);
        return false;
      } catch {
        return true;
      }
    });
    const again = await request(server)
      .post(`/api/aiops/v1/runs/${run.id}/cancel`)
      .expect(409);
    expect(again.body.error.message).toMatch(
      new RegExp(`^Cannot cancel run ${run.id}: it ended cancelled at `),
    );

    const unconfigured = await start({
      entities: [
        retrainedModel(),
        pipelineEntity({ type: 'local', target: 'forever' }),
      ],
    });
    const failed = (
      await request(unconfigured.server).post(`${BASE}/runs`).expect(201)
    ).body;
    expect(failed.stateReason).toContain(
      "No local runner target 'forever' in aiops.retraining.runners.local.targets (known: slow, train)",
    );
  });
});
