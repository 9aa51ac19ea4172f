import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { MLModelEntity } from '@unified-aiops/plugin-aiops-common';
import {
  DATABASE_IDS,
  createTestDatabases,
  modelEntity,
  startAiopsBackend,
} from '../__testUtils__/testBackend';
import { request } from '../__testUtils__/contractRequest';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const base = '/api/aiops/v1/models/default/fraud';

const CARD = `## Intended use
Scores card transactions before authorization.
## Limitations
Card-present transactions only.
## Training data
A year of labelled transactions.
## Evaluation
AUC 0.94 on a held-out month.
## Ethical considerations
Selection rates are checked per customer segment.
`;

/** A high-risk model that passes every check but human approval. */
function fraudModel(): MLModelEntity {
  const entity = modelEntity('fraud', { latencySloMs: 50 });
  entity.metadata.annotations = {
    'aiops.dev/runbook-url': 'https://runbooks.example.com/fraud',
  };
  Object.assign(entity.spec, {
    riskTier: 'high',
    system: 'fraud-prevention',
    trainedBy: 'fraud-retraining',
  });
  return entity;
}

const evidence = {
  metrics: { auc: 0.94 },
  bias: { segment: { consumer: 0.05, business: 0.048 } },
  modelCard: CARD,
};

const gateBody = (overrides: Record<string, unknown> = {}) => ({
  entityRef: 'mlmodel:default/fraud',
  modelVersion: '12',
  commitSha: 'c0ffee',
  runUrl: 'https://ci.example.com/runs/1',
  evidence,
  ...overrides,
});

describe.each(DATABASE_IDS)('governance on %s', databaseId => {
  async function start(
    permission?: Parameters<typeof startAiopsBackend>[0]['permission'],
  ) {
    const knex = await databases.init(databaseId);
    const backend = await startAiopsBackend({
      knex,
      entities: [fraudModel()],
      permission,
    });
    return { knex, ...backend };
  }

  it('answers the gate with every check, stores the evidence, and gives identical decisions for identical calls', async () => {
    const { server, knex } = await start();
    const first = await request(server)
      .post('/api/aiops/v1/gate')
      .send(gateBody())
      .expect(200);
    // high risk without an approval: human-approval (critical, blocks the gate) fails
    expect(first.body).toMatchObject({
      decision: 'fail',
      entityRef: 'mlmodel:default/fraud',
      modelVersion: '12',
      status: 'non-compliant',
      recorded: true,
      gateId: expect.any(String),
    });
    expect(
      first.body.checks
        .filter((c: any) => c.result === 'fail')
        .map((c: any) => c.id),
    ).toEqual(['human-approval', 'monitoring-configured', 'inference-logging']);
    // CI prints how to fix each failing check, as the Governance tab does
    expect(
      first.body.checks.find((c: any) => c.id === 'human-approval').remediation,
    ).toBe(
      'Have someone with aiops.promotion.approve review the version and record an approval on the Governance tab.',
    );
    const second = await request(server)
      .post('/api/aiops/v1/gate')
      .send(gateBody())
      .expect(200);
    const { evaluatedAt: _a, gateId: _g, ...firstDecision } = first.body;
    const { evaluatedAt: _b, gateId: _h, ...secondDecision } = second.body;
    expect(secondDecision).toEqual(firstDecision);
    const [{ count }] = await knex('aiops_gate_records').count({ count: '*' });
    expect(Number(count)).toBe(2);

    const gates = await request(server).get(`${base}/gates`).expect(200);
    expect(gates.body.items[0]).toMatchObject({
      modelVersion: '12',
      commitSha: 'c0ffee',
      decision: 'fail',
      actor: 'user:default/mock',
      evidence: { metrics: { auc: 0.94 } },
    });
  });

  it('passes the gate once a person approves the version, and a dry run stores nothing', async () => {
    const { server, knex } = await start();
    await request(server)
      .post(`${base}/approvals`)
      .set('Authorization', mockCredentials.user.header('user:default/risk'))
      .send({ modelVersion: '12', decision: 'approved', comment: 'Reviewed' })
      .expect(201);
    const dry = await request(server)
      .post('/api/aiops/v1/gate')
      .send(gateBody({ dryRun: true }))
      .expect(200);
    expect(dry.body).toMatchObject({
      recorded: false,
      gateId: null,
    });
    expect(
      dry.body.checks.find((c: any) => c.id === 'human-approval').result,
    ).toBe('pass');
    // monitoring (no reference, no traffic) still fails, but it does not block the gate
    expect(dry.body.decision).toBe('pass');
    const [{ count }] = await knex('aiops_gate_records').count({ count: '*' });
    expect(Number(count)).toBe(0);
  });

  it('answers bad gate calls 400 naming the field, an unknown model 404, no credentials 401, no permission 403', async () => {
    const { server } = await start();
    const post = (body: unknown, auth?: string) => {
      const call = request(server).post('/api/aiops/v1/gate');
      if (auth) call.set('Authorization', auth);
      return call.send(body as object);
    };
    const metric = await post(
      gateBody({ evidence: { metrics: { auc: 'high' } } }),
    );
    expect(metric.status).toBe(400);
    expect(metric.body.error.message).toContain(
      'request/body/evidence/metrics/auc must be number',
    );
    const missing = await post({ entityRef: 'mlmodel:default/fraud' });
    expect(missing.body.error.message).toContain(
      "request/body must have required property 'modelVersion'",
    );
    const badRef = await post(gateBody({ entityRef: 'mlmodel:' }));
    expect(badRef.status).toBe(400);
    expect(badRef.body.error.message).toContain('request/body/entityRef');
    expect(
      (await post(gateBody({ entityRef: 'mlmodel:default/nope' }))).status,
    ).toBe(404);
    expect((await post(gateBody(), mockCredentials.none.header())).status).toBe(
      401,
    );
  });

  it('answers 403 to a token without the gate permission, storing nothing', async () => {
    const { server, knex } = await start(name =>
      name === 'aiops.gate.evaluate'
        ? AuthorizeResult.DENY
        : AuthorizeResult.ALLOW,
    );
    const denied = await request(server)
      .post('/api/aiops/v1/gate')
      .set('Authorization', mockCredentials.service.header())
      .send(gateBody());
    expect(denied.status).toBe(403);
    const [{ count }] = await knex('aiops_gate_records').count({ count: '*' });
    expect(Number(count)).toBe(0);
  });

  it('evaluates the model and keeps its status: non-compliant without approval, compliant once waived where allowed', async () => {
    const { server, events } = await start();
    await request(server)
      .post('/api/aiops/v1/gate')
      .send(gateBody())
      .expect(200);
    const governance = await request(server)
      .get(`${base}/governance`)
      .expect(200);
    expect(governance.body).toMatchObject({
      entityRef: 'mlmodel:default/fraud',
      modelVersion: '12',
      status: 'non-compliant',
    });
    expect(events.publish).toHaveBeenCalledWith(
      expect.objectContaining({
        topic: 'aiops.governance.status-changed',
        eventPayload: expect.objectContaining({ status: 'non-compliant' }),
      }),
    );
    const batch = await request(server)
      .post('/api/aiops/v1/status/batch')
      .send({ entityRefs: ['mlmodel:default/fraud'] })
      .expect(200);
    expect(batch.body.items[0].governanceStatus).toBe('non-compliant');
    const fleet = await request(server).get('/api/aiops/v1/fleet').expect(200);
    expect(fleet.body.byGovernanceStatus['non-compliant']).toBe(1);
  });

  it('runs a waiver from request to approval to revocation, four eyes apart, each step in the trail', async () => {
    const { server } = await start();
    const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const requested = await request(server)
      .post(`${base}/waivers`)
      .set('Authorization', mockCredentials.user.header('user:default/owner'))
      .send({
        checkId: 'human-approval',
        reason: 'Board review on Friday',
        expiresAt,
      })
      .expect(201);
    expect(requested.body).toMatchObject({
      state: 'requested',
      requestedBy: 'user:default/owner',
    });
    const id = requested.body.id;
    const self = await request(server)
      .post(`${base}/waivers/${id}/approve`)
      .set('Authorization', mockCredentials.user.header('user:default/owner'));
    expect(self.status).toBe(403);
    expect(self.body.error.message).toMatch(/someone other than who requested/);
    const approved = await request(server)
      .post(`${base}/waivers/${id}/approve`)
      .set('Authorization', mockCredentials.user.header('user:default/risk'))
      .expect(200);
    expect(approved.body).toMatchObject({
      state: 'active',
      approvedBy: 'user:default/risk',
    });
    const again = await request(server)
      .post(`${base}/waivers/${id}/approve`)
      .set('Authorization', mockCredentials.user.header('user:default/risk'));
    expect(again.status).toBe(409);
    const governance = await request(server)
      .get(`${base}/governance`)
      .expect(200);
    expect(
      governance.body.checks.find((c: any) => c.id === 'human-approval'),
    ).toMatchObject({ result: 'waived', waiver: { id } });

    await request(server)
      .delete(`${base}/waivers/${id}`)
      .set('Authorization', mockCredentials.user.header('user:default/risk'))
      .expect(200);
    const after = await request(server).get(`${base}/governance`).expect(200);
    expect(
      after.body.checks.find((c: any) => c.id === 'human-approval').result,
    ).toBe('fail');
    expect((await request(server).delete(`${base}/waivers/${id}`)).status).toBe(
      409,
    );
    expect((await request(server).delete(`${base}/waivers/999`)).status).toBe(
      404,
    );

    // an entity ref as people type it, unencoded
    const trail = await request(server)
      .get('/api/aiops/v1/audit?entityRef=mlmodel:default/fraud')
      .expect(200);
    expect(trail.body.items.map((e: any) => e.action)).toEqual(
      expect.arrayContaining([
        'waiver-request',
        'waiver-approve',
        'waiver-revoke',
        'governance-status-change',
      ]),
    );
  });

  it('refuses waivers of unknown or unwaivable checks and expiries out of range', async () => {
    const { server } = await start();
    const ask = (body: object) =>
      request(server).post(`${base}/waivers`).send(body);
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const unknown = await ask({
      checkId: 'astrology',
      reason: 'r',
      expiresAt: inAWeek,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(
      /^request\/body\/checkId: no check "astrology"/,
    );
    expect(
      (await ask({ checkId: 'risk-tier', reason: 'r', expiresAt: inAWeek }))
        .body.error.message,
    ).toBe('Check risk-tier cannot be waived');
    expect(
      (
        await ask({
          checkId: 'runbook',
          reason: 'r',
          expiresAt: '2001-01-01T00:00:00Z',
        })
      ).body.error.message,
    ).toBe('request/body/expiresAt must be in the future');
    const far = new Date(Date.now() + 400 * 86_400_000).toISOString();
    expect(
      (await ask({ checkId: 'runbook', reason: 'r', expiresAt: far })).body
        .error.message,
    ).toMatch(/more than 180 days ahead/);
  });

  it('lets only a person record an approval', async () => {
    const { server } = await start();
    const byService = await request(server)
      .post(`${base}/approvals`)
      .set('Authorization', mockCredentials.service.header())
      .send({ modelVersion: '12', decision: 'approved', comment: 'ok' });
    expect(byService.status).toBe(403);
    const listed = await request(server).get(`${base}/approvals`).expect(200);
    expect(listed.body.items).toEqual([]);
  });

  it('reports the model with its checks, evidence, trail and control mapping', async () => {
    const { server } = await start();
    await request(server)
      .post('/api/aiops/v1/gate')
      .send(gateBody())
      .expect(200);
    const report = await request(server).get(`${base}/report`).expect(200);
    expect(report.body.model).toMatchObject({
      entityRef: 'mlmodel:default/fraud',
      owner: 'group:default/ml-team',
      system: 'system:default/fraud-prevention',
      riskTier: 'high',
    });
    expect(report.body.gates).toHaveLength(1);
    expect(report.body.audit.map((e: any) => e.action)).toContain(
      'gate-decision',
    );
    expect(report.body.controls).toContainEqual({
      framework: 'euAiAct',
      control: 'Art. 14',
      checks: expect.arrayContaining([
        {
          id: 'human-approval',
          title: 'Human approval of the current version',
          result: 'fail',
        },
      ]),
    });
    const system = await request(server)
      .get('/api/aiops/v1/systems/default/fraud-prevention/report')
      .expect(200);
    expect(system.body.summary).toMatchObject({ models: 1, nonCompliant: 1 });
    expect(
      (
        await request(server).get(
          '/api/aiops/v1/systems/default/nothing/report',
        )
      ).status,
    ).toBe(404);
    const portfolio = await request(server)
      .get('/api/aiops/v1/governance/portfolio')
      .expect(200);
    expect(portfolio.body.bySystem).toEqual([
      expect.objectContaining({
        key: 'system:default/fraud-prevention',
        nonCompliant: 1,
      }),
    ]);
  });
});
