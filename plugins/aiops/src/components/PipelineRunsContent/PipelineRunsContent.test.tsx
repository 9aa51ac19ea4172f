import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  MLPipelineEntity,
  RetrainingRun,
} from '@unified-aiops/plugin-aiops-common';
import { aiopsApiRef } from '../../api/AiopsApi';
import { PipelineRunsContent } from './PipelineRunsContent';

const pipeline: MLPipelineEntity = {
  apiVersion: 'aiops.dev/v1alpha1',
  kind: 'MLPipeline',
  metadata: { name: 'churn-training', namespace: 'default' },
  spec: {
    type: 'retraining',
    owner: 'group:default/ml-team',
    runner: { type: 'local', target: 'churn-retrain' },
  },
};

function run(overrides: Partial<RetrainingRun>): RetrainingRun {
  return {
    id: 'r1',
    entityRef: 'mlmodel:default/churn',
    pipelineRef: 'mlpipeline:default/churn-training',
    state: 'succeeded',
    stateReason: null,
    trigger: { kind: 'drift', by: 'aiops:retraining', reason: 'drift held' },
    runner: 'local',
    target: 'churn-retrain',
    externalId: 'x',
    externalUrl: null,
    logUrl: null,
    logs: null,
    modelVersion: '7',
    dataWindow: {
      from: '2026-12-01T00:00:00.000Z',
      to: '2026-12-02T00:00:00.000Z',
    },
    createdAt: '2026-12-02T00:00:00.000Z',
    startedAt: '2026-12-02T00:00:01.000Z',
    finishedAt: '2026-12-02T00:01:00.000Z',
    deadline: '2026-12-02T02:00:00.000Z',
    decision: null,
    validation: null,
    promotion: null,
    promotedVersion: null,
    ...overrides,
  };
}

const rule = {
  id: 'primary:auc',
  description: 'auc improves by at least 0.01',
  result: 'pass' as const,
  reason: 'auc 0.778 vs 0.657',
};

describe('PipelineRunsContent', () => {
  it('lists the runs of every model the pipeline retrains, with figures and the selected run’s comparison', async () => {
    const listPipelineRuns = jest.fn(async () => [
      run({
        id: 'r3',
        entityRef: 'mlmodel:default/fraud',
        decision: 'pass',
        validation: {
          decision: 'pass',
          rules: [{ ...rule, champion: 0.9, challenger: 0.93 }],
          champion: { version: '3', metrics: { auc: 0.9 } },
          challenger: { version: '4', metrics: { auc: 0.93 } },
          decidedAt: '2026-12-02T00:01:00.000Z',
        },
        promotion: {
          state: 'awaiting-approval',
          reason: 'A high-risk model’s challenger waits',
          decidedBy: null,
          comment: null,
          expiresAt: '2026-12-05T00:00:00.000Z',
          promotedAt: null,
          previousVersion: null,
        },
      }),
      run({
        id: 'r2',
        decision: 'pass',
        validation: {
          decision: 'pass',
          rules: [{ ...rule, champion: 0.657, challenger: 0.778 }],
          champion: { version: '7', metrics: { auc: 0.657 } },
          challenger: { version: '8', metrics: { auc: 0.778 } },
          decidedAt: '2026-12-02T00:01:00.000Z',
        },
        promotion: {
          state: 'promoted',
          reason: 'Version 8 is the champion',
          decidedBy: null,
          comment: null,
          expiresAt: null,
          promotedAt: '2026-12-02T00:01:00.000Z',
          previousVersion: '7',
        },
        promotedVersion: '8',
      }),
      run({ id: 'r1', state: 'failed', stateReason: 'exit 2' }),
    ]);
    await renderInTestApp(
      <TestApiProvider apis={[[aiopsApiRef, { listPipelineRuns } as any]]}>
        <EntityProvider entity={pipeline}>
          <PipelineRunsContent />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(listPipelineRuns).toHaveBeenCalledWith(
      { namespace: 'default', name: 'churn-training' },
      { limit: 50 },
    );
    expect(await screen.findByText('2 of 2')).toBeInTheDocument();
    const figure = (label: string) =>
      screen.getByText(label).parentElement!.querySelector('h4')!.textContent;
    expect(figure('Awaiting approval')).toBe('1');
    expect(figure('Promoted')).toBe('1');
    expect(figure('Failed or timed out')).toBe('1');
    // each run names its model, linked
    expect(screen.getByRole('link', { name: 'fraud' })).toHaveAttribute(
      'href',
      '/catalog/default/mlmodel/fraud',
    );
    expect(screen.getByText('promoted v8')).toBeInTheDocument();
    // the newest run is compared first; selecting another compares that one
    expect(screen.getByText('Challenger (4)')).toBeInTheDocument();
    const churnRow = screen.getByText('promoted v8').closest('tr')!;
    await userEvent.click(within(churnRow).getByText('succeeded'));
    expect(await screen.findByText('Challenger (8)')).toBeInTheDocument();
  });
});
