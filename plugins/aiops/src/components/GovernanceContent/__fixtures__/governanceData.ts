import {
  Approval,
  GateRecord,
  GovernanceEvaluation,
  GovernanceInput,
  MLModelEntity,
  Waiver,
  evaluateGovernance,
  resolveGovernancePolicy,
} from '@unified-aiops/plugin-aiops-common';

export const NOW = '2025-06-01T10:00:00.000Z';

/** A high-risk model whose entity passes every entity check. */
export const fraudEntity: MLModelEntity = {
  apiVersion: 'aiops.dev/v1alpha1',
  kind: 'MLModel',
  metadata: {
    name: 'fraud-detector',
    namespace: 'default',
    annotations: { 'aiops.dev/runbook-url': 'https://runbooks.example.com/f' },
  },
  spec: {
    type: 'classification',
    lifecycle: 'production',
    owner: 'group:default/fraud-risk',
    system: 'fraud-prevention',
    riskTier: 'high',
    trainedBy: 'fraud-retraining',
    monitoring: {
      features: [{ name: 'amount', kind: 'numerical' }],
      latencySloMs: 50,
    },
  },
};

/** The evaluation the real evaluator gives the model with its inputs changed by `overrides`. */
export function evaluation(
  overrides: Partial<GovernanceInput> = {},
): GovernanceEvaluation {
  return evaluateGovernance(resolveGovernancePolicy(), {
    entity: fraudEntity,
    modelVersion: '12',
    evidence: {
      evidence: {
        metrics: { auc: 0.94 },
        bias: { segment: { consumer: 0.05, business: 0.048 } },
        modelCard:
          '## Intended use\nx\n## Limitations\nx\n## Training data\nx\n## Evaluation\nx\n## Ethical considerations\nx\n',
      },
      recordedAt: NOW,
      commitSha: 'c0ffee',
    },
    drift: { status: 'ok', since: NOW },
    referenceSet: true,
    recentRecords: 900,
    waivers: [],
    approvals: [],
    now: NOW,
    ...overrides,
  });
}

export function gateRecord(overrides: Partial<GateRecord> = {}): GateRecord {
  const checks = evaluation().checks.map(
    ({ id, title, result, reason, controls, blocksGate }) => ({
      id,
      title,
      result,
      reason,
      controls,
      blocksGate,
    }),
  );
  return {
    id: '1',
    entityRef: 'mlmodel:default/fraud-detector',
    modelVersion: '12',
    commitSha: 'c0ffee',
    runUrl: 'https://ci.example.com/runs/1',
    decision: 'fail',
    status: 'non-compliant',
    score: 84.8,
    actor: 'external:ci',
    recordedAt: NOW,
    evidence: { metrics: { auc: 0.94 } },
    checks,
    ...overrides,
  };
}

export function waiver(overrides: Partial<Waiver> = {}): Waiver {
  return {
    id: '3',
    entityRef: 'mlmodel:default/fraud-detector',
    checkId: 'human-approval',
    reason: 'Board review on Friday',
    state: 'requested',
    requestedBy: 'user:default/owner',
    requestedAt: NOW,
    approvedBy: null,
    approvedAt: null,
    expiresAt: '2025-06-08T10:00:00.000Z',
    revokedBy: null,
    revokedAt: null,
    ...overrides,
  };
}

export function approval(overrides: Partial<Approval> = {}): Approval {
  return {
    id: '5',
    entityRef: 'mlmodel:default/fraud-detector',
    modelVersion: '11',
    decision: 'approved',
    approver: 'user:default/risk-officer',
    comment: 'Reviewed the bias report',
    decidedAt: '2025-05-01T10:00:00.000Z',
    expiresAt: '2025-07-30T10:00:00.000Z',
    state: 'valid',
    ...overrides,
  };
}
