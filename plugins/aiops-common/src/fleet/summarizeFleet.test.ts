import { summarizeFleet } from './summarizeFleet';

import { MLModelEntity } from '../entities/MLModel';

const entity = (
  name: string,
  labels: Record<string, string>,
  spec: Partial<MLModelEntity['spec']> = {},
): MLModelEntity => ({
  apiVersion: 'aiops.dev/v1alpha1',
  kind: 'MLModel',
  metadata: { name, labels },
  spec: {
    type: 'classification',
    lifecycle: 'production',
    owner: 'team-a',
    riskTier: 'limited',
    ...spec,
  },
});

describe('summarizeFleet', () => {
  it('counts models by the status labels the catalog module stamps', () => {
    const summary = summarizeFleet([
      entity('b', { 'aiops.dev/drift-status': 'drift' }),
      entity('a', {
        'aiops.dev/drift-status': 'ok',
        'aiops.dev/governance-status': 'non-compliant',
      }),
      entity('c', {}),
    ]);
    expect(summary.total).toBe(3);
    expect(summary.byDriftStatus).toEqual({
      'no-data': 1,
      ok: 1,
      warning: 0,
      drift: 1,
    });
    expect(summary.byGovernanceStatus['non-compliant']).toBe(1);
    expect(summary.byGovernanceStatus.unknown).toBe(2);
    expect(summary.models.map(m => m.name)).toEqual(['a', 'b', 'c']);
  });

  it('counts models retraining and awaiting approval, others idle', () => {
    const summary = summarizeFleet(
      [entity('a', {}), entity('B', {}), entity('c', {})],
      {
        retraining: new Map([
          ['mlmodel:default/a', 'in-flight' as const],
          ['mlmodel:default/b', 'awaiting-approval' as const],
        ]),
      },
    );
    expect(summary.retraining).toEqual({ inFlight: 1, awaitingApproval: 1 });
    expect(summary.models.map(m => [m.name, m.retraining])).toEqual([
      ['a', 'in-flight'],
      ['B', 'awaiting-approval'],
      ['c', 'idle'],
    ]);
  });

  it('treats an unknown label value as no data rather than trusting it', () => {
    const [model] = summarizeFleet([
      entity('x', { 'aiops.dev/drift-status': 'exploded' }),
    ]).models;
    expect(model.driftStatus).toBe('no-data');
  });

  it('normalizes owner and system to full entity refs', () => {
    const [model] = summarizeFleet([
      entity(
        'x',
        {},
        { owner: 'team-a', system: 'payments', riskTier: 'high' },
      ),
    ]).models;
    expect(model.owner).toBe('group:default/team-a');
    expect(model.system).toBe('system:default/payments');
    expect(model.riskTier).toBe('high');
  });
});
