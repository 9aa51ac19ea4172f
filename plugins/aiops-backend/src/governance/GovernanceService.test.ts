import { RetrainingRunStore } from '../retraining/RetrainingRunStore';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  MLModelEntity,
  resolveGovernancePolicy,
} from '@unified-aiops/plugin-aiops-common';
import { readAiopsSettings } from '../AiopsSettings';
import {
  DATABASE_IDS,
  createTestDatabases,
  modelEntity,
} from '../__testUtils__/testBackend';
import { CheckStore } from '../checks/CheckStore';
import { StatusNotifier } from '../checks/StatusNotifier';
import { migrateDatabase } from '../database/migrateDatabase';
import { ModelDirectory, modelInfoFromEntity } from '../models/ModelDirectory';
import { ProfileStore } from '../profiles/ProfileStore';
import { ApprovalStore } from './ApprovalStore';
import { GateStore } from './GateStore';
import { GovernanceService } from './GovernanceService';
import { GovernanceStatusStore } from './GovernanceStatusStore';
import { WaiverStore } from './WaiverStore';

jest.setTimeout(60_000);
const databases = createTestDatabases();
const MINUTE = 60_000;

describe.each(DATABASE_IDS)('GovernanceService on %s', databaseId => {
  async function start(entities: MLModelEntity[]) {
    const knex = await migrateDatabase(
      mockServices.database({ knex: await databases.init(databaseId) }),
    );
    const settings = readAiopsSettings(new ConfigReader({}));
    // the catalog as the service sees it: entities a test may change in place
    const models = {
      list: async () => entities.map(e => modelInfoFromEntity(e)),
    } as unknown as ModelDirectory;
    const statuses = GovernanceStatusStore.create({ knex });
    const service = GovernanceService.create({
      knex,
      runs: RetrainingRunStore.create({ knex }),
      policy: resolveGovernancePolicy(),
      models,
      gates: GateStore.create({ knex }),
      waivers: WaiverStore.create({ knex }),
      approvals: ApprovalStore.create({ knex }),
      statuses,
      checks: CheckStore.create({ knex }),
      profiles: ProfileStore.create({
        knex,
        limits: settings.profiles.limits,
      }),
      notifier: {
        statusChanged: jest.fn(async () => {}),
      } as unknown as StatusNotifier,
      settings,
      logger: mockServices.logger.mock(),
    });
    return { service, statuses };
  }

  it('re-evaluates a model whose entity changed, and any not evaluated for the interval, not the rest', async () => {
    const churn = modelEntity('churn');
    const fraud = modelEntity('fraud');
    const { service, statuses } = await start([churn, fraud]);
    const t0 = Date.now();
    // first pass: neither was ever evaluated
    expect(await service.reevaluateDue(t0)).toBe(2);
    expect(await service.reevaluateDue(t0 + MINUTE)).toBe(0);

    // the owner declares the runbook: only churn's entity changed
    churn.metadata.annotations = {
      'aiops.dev/runbook-url': 'https://runbooks.example.com/churn',
    };
    expect(await service.reevaluateDue(t0 + MINUTE)).toBe(1);
    const runbook = (await statuses.get('mlmodel:default/churn'))!.checks.find(
      c => c.id === 'runbook',
    );
    expect(runbook?.result).toBe('pass');

    // a label (the catalog module stamps the status there) is not a change
    churn.metadata.labels = { 'aiops.dev/governance-status': 'at-risk' };
    expect(await service.reevaluateDue(t0 + 2 * MINUTE)).toBe(0);

    // five minutes (the default interval) after the last evaluations, both are due again
    const evaluated = await statuses.evaluations();
    const latest = Math.max(...[...evaluated.values()].map(e => e.evaluatedAt));
    expect(await service.reevaluateDue(latest + 5 * MINUTE)).toBe(2);
  });
});
