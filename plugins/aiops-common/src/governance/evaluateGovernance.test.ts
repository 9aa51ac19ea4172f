import type { Approval, Waiver } from '../api/types';
import { MLModelEntity } from '../entities/MLModel';
import { evaluateGovernance, gateDecisionOf } from './evaluateGovernance';
import { GovernanceInput } from './policy';
import { resolveGovernancePolicy } from './resolvePolicy';

const NOW = '2026-12-01T12:00:00.000Z';
const daysBefore = (days: number) =>
  new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
const daysAfter = (days: number) => daysBefore(-days);

const COMPLETE_CARD = `# Churn classifier
## Intended use
Flags customers likely to cancel, for the retention team.
## Limitations
Trained on consumer contracts only.
## Training data
Two years of anonymised contracts.
## Evaluation
AUC 0.91 on a held-out quarter.
## Ethical considerations
No protected attribute is an input; selection rates are checked per segment.
`;

function entity(spec: Partial<MLModelEntity['spec']> = {}, annotations = {}) {
  return {
    apiVersion: 'aiops.dev/v1alpha1',
    kind: 'MLModel',
    metadata: {
      name: 'churn',
      namespace: 'default',
      annotations: {
        'aiops.dev/runbook-url': 'https://runbooks.example.com/churn',
        ...annotations,
      },
    },
    spec: {
      type: 'classification',
      lifecycle: 'production',
      owner: 'group:default/ml-team',
      system: 'customer-intelligence',
      riskTier: 'high',
      trainedBy: 'churn-training',
      monitoring: {
        features: [{ name: 'tenure', kind: 'numerical' }],
        latencySloMs: 150,
      },
      ...spec,
    },
  } as MLModelEntity;
}

function approval(overrides: Partial<Approval> = {}): Approval {
  return {
    id: '1',
    entityRef: 'mlmodel:default/churn',
    modelVersion: '7',
    decision: 'approved',
    approver: 'user:default/risk-officer',
    comment: 'Reviewed the evaluation and bias report',
    decidedAt: daysBefore(1),
    expiresAt: daysAfter(89),
    state: 'valid',
    ...overrides,
  };
}

function waiver(checkId: string, overrides: Partial<Waiver> = {}): Waiver {
  return {
    id: 'w1',
    entityRef: 'mlmodel:default/churn',
    checkId,
    reason: 'Runbook moves to TechDocs next sprint',
    state: 'active',
    requestedBy: 'user:default/owner',
    requestedAt: daysBefore(2),
    approvedBy: 'user:default/risk-officer',
    approvedAt: daysBefore(1),
    expiresAt: daysAfter(30),
    revokedBy: null,
    revokedAt: null,
    ...overrides,
  };
}

function input(overrides: Partial<GovernanceInput> = {}): GovernanceInput {
  return {
    entity: entity(),
    modelVersion: '7',
    evidence: {
      evidence: {
        metrics: { auc: 0.91, accuracy: 0.88 },
        bias: { segment: { consumer: 0.3, business: 0.27 } },
        modelCard: COMPLETE_CARD,
      },
      recordedAt: daysBefore(3),
      commitSha: 'abc123',
    },
    drift: { status: 'ok', since: daysBefore(10) },
    referenceSet: true,
    recentRecords: 900,
    waivers: [],
    approvals: [approval()],
    now: NOW,
    ...overrides,
  };
}

const policy = resolveGovernancePolicy();
const evaluate = (i: GovernanceInput, p = policy) => evaluateGovernance(p, i);
const check = (i: GovernanceInput, id: string, p = policy) =>
  evaluate(i, p).checks.find(c => c.id === id)!;

describe('evaluateGovernance', () => {
  it('finds a complete, approved high-risk model compliant at score 100, gold, gate pass', () => {
    const result = evaluate(input());
    expect(result.checks.filter(c => c.result !== 'pass')).toEqual([]);
    expect(result).toMatchObject({
      entityRef: 'mlmodel:default/churn',
      modelVersion: '7',
      status: 'compliant',
      score: 100,
      level: 'gold',
      evaluatedAt: NOW,
    });
    expect(result.checks).toHaveLength(12);
    expect(gateDecisionOf(result)).toBe('pass');
  });

  it('gives the same answer for the same inputs', () => {
    expect(evaluate(input())).toEqual(evaluate(input()));
  });

  it('fails a model without a system', () => {
    expect(
      check(
        input({ entity: entity({ system: undefined }) }),
        'owner-and-system',
      ),
    ).toMatchObject({
      result: 'fail',
      reason: expect.stringMatching(/no system/),
    });
  });

  it('makes an unacceptable risk tier non-compliant, fails the gate, and lets no waiver cover it', () => {
    const result = evaluate(
      input({
        entity: entity({ riskTier: 'unacceptable' }),
        waivers: [waiver('risk-tier')],
      }),
    );
    const tier = result.checks.find(c => c.id === 'risk-tier')!;
    expect(tier).toMatchObject({ result: 'fail', waiver: null });
    expect(result.status).toBe('non-compliant');
    expect(gateDecisionOf(result)).toBe('fail');
  });

  describe('model card', () => {
    const withCard = (modelCard?: string) =>
      input({
        evidence: {
          ...input().evidence!,
          evidence: { ...input().evidence!.evidence, modelCard },
        },
      });

    it('fails without a card, saying how to provide one', () => {
      expect(check(withCard(undefined), 'model-card')).toMatchObject({
        result: 'fail',
        reason: 'No model card for version 7: post it with the gate call',
      });
    });

    it('names the sections a card lacks, and counts placeholders as missing', () => {
      const card = `## Intended use\nScores churn.\n## Training data\n[More Information Needed]\n## Evaluation\nAUC 0.9\n`;
      const result = check(withCard(card), 'model-card');
      expect(result).toMatchObject({
        result: 'fail',
        reason:
          'The model card lacks limitations, trainingData, ethicalConsiderations',
        evidence: {
          present: ['intendedUse', 'evaluation'],
          missing: ['limitations', 'trainingData', 'ethicalConsiderations'],
        },
      });
      // a high-severity failure: at risk, and the gate fails
      const whole = evaluate(withCard(card));
      expect(whole.status).toBe('at-risk');
      expect(gateDecisionOf(whole)).toBe('fail');
    });

    it('accepts a Hugging Face card: front matter for data and results, its section names', () => {
      const card = `---
license: apache-2.0
datasets:
  - acme/contracts
model-index:
  - name: churn
    results: []
---
# Model Card for churn
## Uses
### Direct Use
Retention campaigns.
## Bias, Risks, and Limitations
Consumer contracts only; segments are checked for disparate impact.
`;
      expect(check(withCard(card), 'model-card')).toMatchObject({
        result: 'pass',
      });
    });
  });

  describe('evaluation evidence', () => {
    it('fails without metrics, and when the evidence is older than maxAgeDays', () => {
      expect(
        check(input({ evidence: null }), 'evaluation-evidence').result,
      ).toBe('fail');
      const stale = input({
        evidence: { ...input().evidence!, recordedAt: daysBefore(91) },
      });
      expect(check(stale, 'evaluation-evidence').reason).toBe(
        'Evaluation: recorded 91 days ago, more than 90',
      );
    });

    it('holds metrics to config thresholds, an unreported bounded metric failing', () => {
      const strict = resolveGovernancePolicy([
        {
          name: 'aiops.governance',
          checks: [
            {
              id: 'evaluation-evidence',
              params: {
                minMetrics: { auc: 0.95, f1: 0.5 },
                maxMetrics: { ece: 0.1 },
              },
            },
          ],
        },
      ]);
      expect(check(input(), 'evaluation-evidence', strict).reason).toBe(
        'Evaluation: auc 0.91 below the minimum 0.95; f1 is not reported; ece is not reported',
      );
    });

    it('takes the entity annotation over config over defaults', () => {
      const config = resolveGovernancePolicy([
        {
          name: 'config',
          checks: [
            {
              id: 'evaluation-evidence',
              params: { minMetrics: { auc: 0.95 } },
            },
          ],
        },
      ]);
      const relaxed = input({
        entity: entity(
          {},
          {
            'aiops.dev/governance.evaluation-evidence':
              '{"minMetrics":{"auc":0.9}}',
          },
        ),
      });
      expect(check(relaxed, 'evaluation-evidence', config).result).toBe('pass');
      expect(check(input(), 'evaluation-evidence', config).result).toBe('fail');
    });

    it('fails the check, naming the annotation, when its params are invalid', () => {
      const broken = input({
        entity: entity(
          {},
          { 'aiops.dev/governance.evaluation-evidence': '{"maxAgeDays":-1}' },
        ),
      });
      expect(check(broken, 'evaluation-evidence').reason).toMatch(
        /^Could not be evaluated: annotation aiops.dev\/governance.evaluation-evidence.params.maxAgeDays/,
      );
    });
  });

  describe('bias evaluation', () => {
    const withBias = (bias: Record<string, Record<string, number>>) =>
      input({
        evidence: {
          ...input().evidence!,
          evidence: { ...input().evidence!.evidence, bias },
        },
      });

    it('fails below four fifths, naming the attribute and its ratio', () => {
      expect(
        check(
          withBias({ segment: { a: 0.4, b: 0.3 }, region: { n: 0.5, s: 0.2 } }),
          'bias-evaluation',
        ),
      ).toMatchObject({
        result: 'fail',
        reason: 'Disparate impact below 0.8: segment 0.75, region 0.40',
      });
    });

    it('warns when no group is selected at all (ratio undefined)', () => {
      expect(
        check(withBias({ segment: { a: 0, b: 0 } }), 'bias-evaluation'),
      ).toMatchObject({
        result: 'warning',
        evidence: { disparateImpact: { segment: null } },
      });
    });

    it('does not apply to minimal-risk models', () => {
      expect(
        check(
          input({ entity: entity({ riskTier: 'minimal' }) }),
          'bias-evaluation',
        ),
      ).toMatchObject({
        result: 'not-applicable',
        reason: 'Applies to risk tiers high, limited only',
      });
    });
  });

  describe('human approval', () => {
    it('makes a high-risk model without approval non-compliant', () => {
      const result = evaluate(input({ approvals: [] }));
      expect(result.checks.find(c => c.id === 'human-approval')).toMatchObject({
        result: 'fail',
        reason: 'No valid approval of version 7 on record',
      });
      expect(result.status).toBe('non-compliant');
    });

    it('counts the newest decision, and an expired approval not at all', () => {
      expect(
        check(
          input({
            approvals: [
              approval({
                decision: 'rejected',
                comment: 'Bias report missing',
              }),
              approval(),
            ],
          }),
          'human-approval',
        ).reason,
      ).toBe(
        'Version 7 rejected by user:default/risk-officer: Bias report missing',
      );
      expect(
        check(
          input({ approvals: [approval({ expiresAt: daysBefore(1) })] }),
          'human-approval',
        ).result,
      ).toBe('fail');
    });

    it('does not apply below the high tier', () => {
      expect(
        check(
          input({ entity: entity({ riskTier: 'limited' }), approvals: [] }),
          'human-approval',
        ).result,
      ).toBe('not-applicable');
    });
  });

  it('accepts TechDocs or a runbook URL as the runbook', () => {
    const none = input({
      entity: { ...entity(), metadata: { name: 'churn', annotations: {} } },
    });
    expect(check(none, 'runbook').result).toBe('fail');
    const techdocs = input({
      entity: {
        ...entity(),
        metadata: {
          name: 'churn',
          annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
        },
      },
    });
    expect(check(techdocs, 'runbook').result).toBe('pass');
  });

  it('warns on fresh drift and fails drift unresolved for maxDays', () => {
    expect(
      check(
        input({ drift: { status: 'drift', since: daysBefore(2) } }),
        'drift-resolved',
      ),
    ).toMatchObject({
      result: 'warning',
      reason: 'Drifting for 2 days; resolve it within 7 days',
    });
    expect(
      check(
        input({ drift: { status: 'drift', since: daysBefore(8) } }),
        'drift-resolved',
      ),
    ).toMatchObject({
      result: 'fail',
      reason: 'Drifting for 8 days, unresolved for longer than 7 days',
    });
  });

  it('scopes a check by kind', () => {
    const scoped = resolveGovernancePolicy([
      {
        name: 'config',
        checks: [
          { id: 'runbook', appliesTo: { kinds: ['MLPipeline'] } },
          { id: 'owner-and-system', appliesTo: { kinds: ['MLModel'] } },
        ],
      },
    ]);
    expect(check(input(), 'runbook', scoped)).toMatchObject({
      result: 'not-applicable',
      reason: 'Applies to kinds MLPipeline only',
    });
    expect(check(input(), 'owner-and-system', scoped).result).toBe('pass');
    expect(() =>
      resolveGovernancePolicy([
        {
          name: 'config',
          checks: [{ id: 'runbook', appliesTo: { kinds: ['Component'] } }],
        },
      ]),
    ).toThrow(/appliesTo\.kinds/);
  });

  it('asks a retraining pipeline of trained models, not of LLM applications', () => {
    expect(
      check(
        input({ entity: entity({ type: 'llm', trainedBy: undefined }) }),
        'retraining-pipeline',
      ).result,
    ).toBe('not-applicable');
  });

  it('fails a model without a retraining pipeline, a reference, or logged inferences', () => {
    expect(
      check(
        input({ entity: entity({ trainedBy: undefined }) }),
        'retraining-pipeline',
      ).result,
    ).toBe('fail');
    expect(
      check(input({ referenceSet: false }), 'monitoring-configured').reason,
    ).toBe('Monitoring incomplete: no reference profile set');
    expect(check(input({ recentRecords: 0 }), 'inference-logging').result).toBe(
      'fail',
    );
  });

  it('asks a latency SLO of production models only', () => {
    const staging = entity({
      lifecycle: 'experimental',
      monitoring: { features: [] },
    });
    expect(check(input({ entity: staging }), 'latency-slo').result).toBe(
      'not-applicable',
    );
    expect(
      check(
        input({
          entity: entity({
            monitoring: { features: [{ name: 'x', kind: 'numerical' }] },
          }),
        }),
        'latency-slo',
      ).result,
    ).toBe('fail');
  });

  describe('waivers', () => {
    const noRunbook = (waivers: Waiver[]) =>
      input({
        entity: { ...entity(), metadata: { name: 'churn', annotations: {} } },
        waivers,
      });

    it('turns a failure an active waiver covers into waived, counted as passed', () => {
      const result = evaluate(noRunbook([waiver('runbook')]));
      expect(result.checks.find(c => c.id === 'runbook')).toMatchObject({
        result: 'waived',
        waiver: { id: 'w1' },
        reason: expect.stringContaining('waived until'),
      });
      expect(result).toMatchObject({ score: 100, status: 'compliant' });
    });

    it('counts no expired, merely requested or revoked waiver', () => {
      for (const w of [
        waiver('runbook', { expiresAt: daysBefore(1) }),
        waiver('runbook', { approvedAt: null, approvedBy: null }),
        waiver('runbook', {
          revokedAt: daysBefore(1),
          revokedBy: 'user:default/x',
        }),
      ]) {
        expect(check(noRunbook([w]), 'runbook').result).toBe('fail');
      }
    });
  });

  it('weighs the score by check weight: a failed weight-2 check of 33 applicable weight', () => {
    const noRunbook = input({
      entity: { ...entity(), metadata: { name: 'churn', annotations: {} } },
    });
    const result = evaluate(noRunbook);
    // 12 checks applicable to a high-risk production classifier, weights summing to 33
    expect(result.score).toBeCloseTo((100 * 31) / 33, 1);
    expect(result).toMatchObject({ status: 'at-risk', level: 'gold' });
    expect(gateDecisionOf(result)).toBe('pass');
  });
});

describe('resolveGovernancePolicy', () => {
  it('changes, drops and adds checks from each source in order', () => {
    const resolved = resolveGovernancePolicy([
      { name: 'file', checks: [{ id: 'runbook', severity: 'critical' }] },
      {
        name: 'config',
        checks: [
          { id: 'latency-slo', enabled: false },
          {
            id: 'data-classification',
            title: 'Data classification declared',
            rule: 'annotation',
            severity: 'medium',
            weight: 2,
            blocksGate: false,
            remediation: 'Set aiops.dev/data-classification',
            params: { annotation: 'aiops.dev/data-classification' },
            controls: { euAiAct: ['Art. 10'] },
          },
        ],
        levels: [{ name: 'pass', minScore: 60 }],
      },
    ]);
    const ids = resolved.checks.map(c => c.id);
    expect(ids).not.toContain('latency-slo');
    expect(resolved.checks.find(c => c.id === 'runbook')!.severity).toBe(
      'critical',
    );
    expect(
      resolved.checks.find(c => c.id === 'data-classification'),
    ).toMatchObject({
      controls: { euAiAct: ['Art. 10'], nistAiRmf: [], iso42001: [] },
      appliesTo: {},
      waivable: true,
    });
    expect(resolved.levels).toEqual([{ name: 'pass', minScore: 60 }]);
  });

  it('names the source and field of an invalid policy', () => {
    expect(() =>
      resolveGovernancePolicy([
        { name: 'aiops.governance', checks: [{ id: 'runbook', weight: -1 }] },
      ]),
    ).toThrow(
      'aiops.governance.checks[0].weight: Too small: expected number to be >=0',
    );
    expect(() =>
      resolveGovernancePolicy([
        {
          name: 'policy.yaml',
          checks: [
            {
              id: 'x',
              title: 'x',
              rule: 'astrology',
              severity: 'low',
              weight: 1,
              blocksGate: false,
              remediation: 'x',
            },
          ],
        },
      ]),
    ).toThrow(/check x.rule: unknown rule "astrology"/);
    expect(() =>
      resolveGovernancePolicy([
        {
          name: 'config',
          checks: [{ id: 'drift-resolved', params: { maxDays: 'soon' } }],
        },
      ]),
    ).toThrow(/check drift-resolved.params.maxDays/);
    expect(() =>
      resolveGovernancePolicy([
        { name: 'config', checks: [{ id: 'new-check', title: 'New' }] },
      ]),
    ).toThrow(/config.checks\[0\].rule/);
  });
});
