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
              targets: {
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
        },
        champion: { version: '7', metrics: { auc: 0.81, latency_p95_ms: 40 } },
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

  it('keeps runs to the pipeline’s maximum in flight, and needs a pipeline and the permission', async () => {
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

  it('cancels a local run, stopping its process', async () => {
    const { server } = await start({
      entities: [
        retrainedModel(),
        pipelineEntity({ type: 'local', target: 'forever' }),
      ],
    });
    const run = (await request(server).post(`${BASE}/runs`).expect(201)).body;
    expect(run.state).toBe('failed'); // the target is not configured
    expect(run.stateReason).toContain(
      "No local runner target 'forever' in aiops.retraining.runners.local.targets (known: train)",
    );
    await request(server)
      .post(`/api/aiops/v1/runs/${run.id}/cancel`)
      .expect(409);
  });
});
