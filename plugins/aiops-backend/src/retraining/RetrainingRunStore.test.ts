import { mockServices } from '@backstage/backend-test-utils';
import {
  DATABASE_IDS,
  createTestDatabases,
} from '../__testUtils__/testBackend';
import { migrateDatabase } from '../database/migrateDatabase';
import { RetrainingRunStore } from './RetrainingRunStore';

jest.setTimeout(60_000);
const databases = createTestDatabases();
const T0 = Date.parse('2026-12-03T10:00:00.000Z');
const drift = {
  entityRef: 'mlmodel:default/churn',
  pipelineRef: 'mlpipeline:default/churn-training',
  trigger: {
    kind: 'drift' as const,
    by: 'plugin:aiops',
    reason: 'drift held for 3 consecutive checks',
  },
  runner: 'local',
  target: 'churn-train',
  modelVersion: '7',
  dataWindow: { from: T0 - 86_400_000, to: T0 },
  deadline: T0 + 7_200_000,
};

describe.each(DATABASE_IDS)('RetrainingRunStore on %s', databaseId => {
  async function store() {
    const knex = await migrateDatabase(
      mockServices.database({ knex: await databases.init(databaseId) }),
    );
    return RetrainingRunStore.create({ knex });
  }

  it('starts one run per drift episode, however many claim it at once', async () => {
    const runs = await store();
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        runs.claimEpisode({ ...drift, episodeKey: 'e1', now: T0 + i }),
      ),
    );
    const won = claims.filter(Boolean);
    expect(won).toHaveLength(1);
    expect(won[0]).toMatchObject({
      state: 'queued',
      episodeKey: 'e1',
      trigger: drift.trigger,
      startedAt: null,
    });
    // a later episode of the same model is a new run; so is another model's
    expect(
      await runs.claimEpisode({ ...drift, episodeKey: 'e2', now: T0 + 100 }),
    ).not.toBeNull();
    expect(
      await runs.claimEpisode({
        ...drift,
        entityRef: 'mlmodel:default/fraud',
        episodeKey: 'e1',
        now: T0 + 100,
      }),
    ).not.toBeNull();
    expect(
      await runs.claimEpisode({ ...drift, episodeKey: 'e1', now: T0 + 200 }),
    ).toBeNull();
    // manual runs need no episode and may be many
    await runs.create({
      ...drift,
      trigger: { kind: 'manual', by: 'user:default/ana', reason: 'asked' },
      now: T0 + 300,
    });
    await runs.create({
      ...drift,
      trigger: { kind: 'manual', by: 'user:default/ana', reason: 'again' },
      now: T0 + 400,
    });
    const listed = await runs.list(drift.entityRef);
    expect(listed.map(r => r.trigger.reason)).toEqual([
      'again',
      'asked',
      'drift held for 3 consecutive checks',
      'drift held for 3 consecutive checks',
    ]);
    expect(await runs.inFlight(drift.pipelineRef)).toBe(5);
    expect(await runs.lastCreatedAt(drift.entityRef)).toBe(
      new Date(T0 + 400).toISOString(),
    );
  });

  it('moves a run only from the state it is in, timing start and finish', async () => {
    const runs = await store();
    const run = (await runs.claimEpisode({
      ...drift,
      episodeKey: 'e1',
      now: T0,
    }))!;
    const running = await runs.transition(run.id, ['queued'], 'running', {
      now: T0 + 1000,
      externalId: 'job-7',
      externalUrl: 'https://ci.example.com/job-7',
    });
    expect(running).toMatchObject({
      state: 'running',
      runner: 'local',
      target: 'churn-train',
      modelVersion: '7',
      dataWindow: {
        from: new Date(T0 - 86_400_000).toISOString(),
        to: new Date(T0).toISOString(),
      },
      deadline: new Date(T0 + 7_200_000).toISOString(),
      externalId: 'job-7',
      startedAt: new Date(T0 + 1000).toISOString(),
      finishedAt: null,
    });
    // a second replica that saw it queued cannot start it again
    expect(
      await runs.transition(run.id, ['queued'], 'running', { now: T0 + 1100 }),
    ).toBeNull();
    const failed = await runs.transition(
      run.id,
      ['queued', 'running'],
      'failed',
      { now: T0 + 5000, reason: 'the runner answered 500 three times' },
    );
    expect(failed).toMatchObject({
      state: 'failed',
      stateReason: 'the runner answered 500 three times',
      startedAt: new Date(T0 + 1000).toISOString(),
      finishedAt: new Date(T0 + 5000).toISOString(),
    });
    expect(await runs.inFlight(drift.pipelineRef)).toBe(0);
    expect(
      await runs.transition(run.id, ['queued', 'running'], 'cancelled', {
        now: T0 + 6000,
      }),
    ).toBeNull();
  });

  it('lists the runs in flight, not the finished ones', async () => {
    const runs = await store();
    const done = (await runs.claimEpisode({
      ...drift,
      episodeKey: 'e0',
      now: T0,
    }))!;
    await runs.transition(done.id, ['queued'], 'failed', { now: T0 + 1 });
    const quiet = (await runs.claimEpisode({
      ...drift,
      episodeKey: 'e1',
      now: T0,
    }))!;
    const busy = (await runs.claimEpisode({
      ...drift,
      episodeKey: 'e2',
      now: T0,
    }))!;
    await runs.transition(busy.id, ['queued'], 'running', { now: T0 + 50_000 });
    expect((await runs.allInFlight()).map(r => r.id).sort()).toEqual(
      [quiet.id, busy.id].sort(),
    );
  });

  it('records one decision per run, with both evaluations and every rule', async () => {
    const runs = await store();
    const run = (await runs.claimEpisode({
      ...drift,
      episodeKey: 'e1',
      now: T0,
    }))!;
    const validation = {
      decision: 'pass' as const,
      rules: [
        {
          id: 'primary:auc',
          description: 'auc improves by at least 0.01',
          champion: 0.8,
          challenger: 0.84,
          result: 'pass' as const,
          reason: 'auc 0.8 → 0.84: improves by 0.04',
        },
      ],
      champion: { version: '7', metrics: { auc: 0.8 } },
      challenger: { version: '8', metrics: { auc: 0.84 } },
      decidedAt: new Date(T0 + 9000).toISOString(),
    };
    expect(await runs.decide(run.id, validation)).toMatchObject({
      decision: 'pass',
      validation,
    });
    expect(
      await runs.decide(run.id, { ...validation, decision: 'fail' }),
    ).toBeNull();
    const [listed] = await runs.list(drift.entityRef);
    expect(listed).toMatchObject({ decision: 'pass', promotedVersion: null });
  });
});
