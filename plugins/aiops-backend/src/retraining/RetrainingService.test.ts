import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  RetrainingRunReport,
  RetrainingRunner,
} from '@unified-aiops/plugin-aiops-node';
import {
  DATABASE_IDS,
  createTestDatabases,
  modelEntity,
} from '../__testUtils__/testBackend';
import { AuditTrail } from '../audit/AuditTrail';
import { CheckStore } from '../checks/CheckStore';
import { migrateDatabase } from '../database/migrateDatabase';
import { modelInfoFromEntity } from '../models/ModelDirectory';
import { RetrainingRunStore } from './RetrainingRunStore';
import { PromotionService } from './PromotionService';
import { RetrainingService } from './RetrainingService';
import { RunNotifier } from './RunNotifier';

jest.setTimeout(60_000);
const databases = createTestDatabases();

const pipeline = {
  apiVersion: 'aiops.dev/v1alpha1',
  kind: 'MLPipeline',
  metadata: { name: 'churn-training', namespace: 'default' },
  spec: {
    type: 'retraining',
    owner: 'group:default/ml-team',
    runner: { type: 'fake', target: 'train', timeoutMinutes: 10 },
  },
};

/** A runner whose answers the test sets, recording what it was asked. */
function fakeRunner() {
  const runner = {
    type: 'fake',
    started: [] as string[],
    cancelled: [] as string[],
    report: undefined as RetrainingRunReport | undefined | Error,
    async start(request: { runId: string }) {
      runner.started.push(request.runId);
      return {
        externalId: `job-${runner.started.length}`,
        state: 'running' as const,
      };
    },
    async status() {
      if (runner.report instanceof Error) throw runner.report;
      return runner.report;
    },
    async cancel(ref: { externalId: string }) {
      runner.cancelled.push(ref.externalId);
    },
  };
  return runner;
}

describe.each(DATABASE_IDS)('RetrainingService on %s', databaseId => {
  async function setUp() {
    const knex = await migrateDatabase(
      mockServices.database({ knex: await databases.init(databaseId) }),
    );
    const runner = fakeRunner();
    const trail = AuditTrail.create({ knex, verifyThreads: 0 });
    const notifications = { send: jest.fn(async () => {}) };
    const gate = { recordDecision: jest.fn(async () => ({} as any)) };
    const service = RetrainingService.create({
      profiles: { profileOfRecords: jest.fn() },
      runs: RetrainingRunStore.create({ knex }),
      runners: new Map<string, RetrainingRunner>([['fake', runner]]),
      checks: CheckStore.create({ knex }),
      catalog: catalogServiceMock({ entities: [pipeline] }),
      auth: mockServices.auth(),
      discovery: mockServices.discovery(),
      trail,
      auditor: mockServices.auditor.mock(),
      settings: {
        dataWindowHours: 24,
        defaultTimeoutMinutes: 120,
        followIntervalSeconds: 30,
        approvalExpiryHours: 72,
      },
      // Promotion has its own tests; here a passing run stays as decided.
      promotion: {
        afterPass: async (_model: unknown, run: any) => run,
        expireApprovals: async () => 0,
      } as unknown as PromotionService,
      gate,
      notifier: new RunNotifier(notifications, mockServices.logger.mock()),
      logger: mockServices.logger.mock(),
    });
    const entity = modelEntity('churn');
    const model = modelInfoFromEntity({
      ...entity,
      spec: { ...entity.spec, trainedBy: 'mlpipeline:default/churn-training' },
    });
    return { service, runner, model, trail, notifications, gate };
  }

  it('moves runs to what their runner reports, with its output', async () => {
    const { service, runner, model, notifications } = await setUp();
    const run = await service.trigger(model, 'user:default/ana', undefined);
    expect(run).toMatchObject({ state: 'running', externalId: 'job-1' });
    expect(run.dataWindow.to).toBe(run.createdAt);

    runner.report = undefined; // no news: nothing moves
    expect(await service.followRuns()).toBe(0);
    runner.report = new Error('503 from the runner');
    expect(await service.followRuns()).toBe(0);
    expect((await service.get(run.id))!.state).toBe('running');

    runner.report = { state: 'running', logs: 'epoch 1\n' };
    expect(await service.followRuns()).toBe(0);
    expect((await service.get(run.id))!.logs).toBe('epoch 1\n');

    runner.report = {
      state: 'failed',
      reason: 'The command exited with code 2',
      logs: 'epoch 1\nout of memory\n',
    };
    expect(await service.followRuns()).toBe(1);
    expect(await service.get(run.id)).toMatchObject({
      state: 'failed',
      stateReason: 'The command exited with code 2',
      logs: 'epoch 1\nout of memory\n',
    });
    expect(await service.followRuns()).toBe(0);
    // The owner hears of the end once, through the model's entity (its owner).
    expect(notifications.send).toHaveBeenCalledTimes(1);
    expect(notifications.send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: model.modelRef },
      payload: expect.objectContaining({
        title: 'Model churn: retraining run failed',
        description: 'The command exited with code 2',
        severity: 'high',
        link: '/catalog/default/mlmodel/churn/retraining',
        scope: `aiops.retraining:${run.id}`,
      }),
    });
  });

  it('times out a run past its deadline and stops it at the runner', async () => {
    const { service, runner, model, trail } = await setUp();
    const run = await service.trigger(model, 'user:default/ana', 'asked');
    expect(Date.parse(run.deadline) - Date.parse(run.createdAt)).toBe(600_000);
    runner.report = { state: 'running' };
    expect(await service.followRuns(Date.parse(run.deadline) - 1)).toBe(0);
    expect(await service.followRuns(Date.parse(run.deadline) + 1)).toBe(1);
    expect(await service.get(run.id)).toMatchObject({
      state: 'timed-out',
      stateReason: `No result within 10 minutes (the deadline ${run.deadline})`,
    });
    expect(runner.cancelled).toEqual(['job-1']);
    const { items } = await trail.page({ entityRef: model.modelRef }, 0, 50);
    expect(items.map(e => [e.action, e.details.to ?? null])).toEqual([
      ['retraining-trigger', null],
      ['retraining-status', 'running'],
      ['retraining-status', 'timed-out'],
    ]);
  });

  it('keeps a decided run as decided when its runner reports later', async () => {
    const { service, runner, model, notifications } = await setUp();
    const run = await service.trigger(model, 'user:default/ana', undefined);
    const stored = (await service.get(run.id))!;
    const judged = await service.reportEvaluation(
      {
        ...model,
        entity: {
          ...model.entity,
          spec: {
            ...model.entity.spec,
            retraining: {
              validation: {
                primary: { metric: 'auc', direction: 'higher' },
                guardrails: [],
              },
            },
          },
        },
      },
      stored,
      { challenger: { metrics: { auc: 0.9 } }, champion: null },
      'service:ci',
    );
    expect(judged).toMatchObject({ state: 'succeeded', decision: 'pass' });
    runner.report = { state: 'failed', reason: 'late' };
    expect(await service.followRuns()).toBe(0);
    expect((await service.get(run.id))!.state).toBe('succeeded');
    // A passing run's news is its promotion's (the promotion service tells the owner).
    expect(notifications.send).not.toHaveBeenCalled();
  });

  it('tells the owner when a challenger fails the gate, with the failing rule, and keeps the decision as gate evidence', async () => {
    const { service, model, notifications, gate } = await setUp();
    const run = await service.trigger(model, 'user:default/ana', undefined);
    const judged = await service.reportEvaluation(
      {
        ...model,
        entity: {
          ...model.entity,
          spec: {
            ...model.entity.spec,
            retraining: {
              validation: {
                primary: {
                  metric: 'auc',
                  direction: 'higher',
                  minImprovement: 0.01,
                },
                guardrails: [],
              },
            },
          },
        },
      },
      (await service.get(run.id))!,
      {
        challenger: { version: '8', metrics: { auc: 0.8 } },
        champion: { version: '7', metrics: { auc: 0.81 } },
        evidence: { metrics: { auc: 0.5, f1: 0.7 }, modelCard: '# Churn' },
      },
      'service:ci',
    );
    expect(judged).toMatchObject({ state: 'succeeded', decision: 'fail' });
    expect(gate.recordDecision).toHaveBeenCalledWith(
      expect.objectContaining({ modelRef: model.modelRef }),
      {
        modelVersion: '8',
        decision: 'fail',
        // the challenger's own metrics win over the extra evidence's
        evidence: { metrics: { auc: 0.8, f1: 0.7 }, modelCard: '# Churn' },
        checks: [
          expect.objectContaining({
            id: 'validation.primary:auc',
            result: 'fail',
            blocksGate: true,
            controls: expect.objectContaining({ euAiAct: ['Art. 15'] }),
          }),
        ],
        details: { source: 'retraining-validation', runId: run.id },
      },
      'service:ci',
    );
    expect(notifications.send).toHaveBeenCalledTimes(1);
    expect(notifications.send).toHaveBeenCalledWith(
      expect.objectContaining({
        payload: expect.objectContaining({
          title: 'Model churn: the challenger 8 failed the validation gate',
          description: expect.stringMatching(/auc.*The champion stays\.$/),
        }),
      }),
    );
  });
});
