import { alertApiRef } from '@backstage/core-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RetrainingRun } from '@unified-aiops/plugin-aiops-common';
import { SWRConfig } from 'swr';
import { AiopsApi, aiopsApiRef } from '../../api/AiopsApi';
import { fraudEntity } from '../GovernanceContent/__fixtures__/governanceData';
import { RetrainingContent } from './RetrainingContent';

jest.setTimeout(30_000);

function run(overrides: Partial<RetrainingRun> = {}): RetrainingRun {
  return {
    id: 'run-1',
    entityRef: 'mlmodel:default/fraud-detector',
    pipelineRef: 'mlpipeline:default/fraud-retraining',
    state: 'succeeded',
    stateReason: 'The pipeline reported its challenger’s evaluation',
    trigger: {
      kind: 'drift',
      by: 'aiops:retraining',
      reason: 'drift held for 3 consecutive checks',
    },
    runner: 'local',
    target: 'fraud-retrain',
    externalId: '4242',
    externalUrl: null,
    logUrl: null,
    logs: null,
    modelVersion: '12',
    dataWindow: {
      from: '2026-11-26T10:00:00.000Z',
      to: '2026-12-03T10:00:00.000Z',
    },
    createdAt: '2026-12-03T10:00:00.000Z',
    startedAt: '2026-12-03T10:00:01.000Z',
    finishedAt: '2026-12-03T10:05:00.000Z',
    deadline: '2026-12-03T12:00:00.000Z',
    decision: 'pass',
    validation: {
      decision: 'pass',
      champion: { version: '12', metrics: { auc: 0.81 } },
      challenger: { version: '13', metrics: { auc: 0.86 } },
      decidedAt: '2026-12-03T10:05:00.000Z',
      rules: [
        {
          id: 'primary:auc',
          description: 'auc improves by at least 0.01',
          champion: 0.81,
          challenger: 0.86,
          result: 'pass',
          reason: 'auc 0.81 → 0.86: improves by 0.05',
        },
      ],
    },
    promotion: {
      state: 'awaiting-approval',
      reason: 'A high-risk model’s challenger waits for a person’s approval',
      decidedBy: null,
      comment: null,
      expiresAt: '2026-12-06T10:05:00.000Z',
      promotedAt: null,
      previousVersion: null,
    },
    promotedVersion: null,
    ...overrides,
  };
}

type RunsApi = Pick<
  AiopsApi,
  | 'listRetrainingRuns'
  | 'triggerRetraining'
  | 'approvePromotion'
  | 'rejectPromotion'
  | 'rollbackModel'
  | 'cancelRetrainingRun'
>;

function mockApi(runs: RetrainingRun[]): RunsApi {
  return {
    listRetrainingRuns: jest.fn(async () => runs),
    triggerRetraining: jest.fn(async () => run({ id: 'run-2' })),
    approvePromotion: jest.fn(async () => run()),
    rejectPromotion: jest.fn(async () => run()),
    rollbackModel: jest.fn(async () => run()),
    cancelRetrainingRun: jest.fn(async () => run()),
  };
}

async function renderTab(api: RunsApi, allowed = true) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [aiopsApiRef, api],
        [
          alertApiRef,
          {
            post: jest.fn(),
            alert$: () => ({ subscribe: () => ({ unsubscribe() {} }) } as any),
          },
        ],
        [
          permissionApiRef,
          {
            authorize: async () => ({
              result: allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
            }),
          },
        ],
      ]}
    >
      <SWRConfig value={{ provider: () => new Map() }}>
        <EntityProvider entity={fraudEntity}>
          <RetrainingContent />
        </EntityProvider>
      </SWRConfig>
    </TestApiProvider>,
  );
}

describe('RetrainingContent', () => {
  it('lists the runs and compares the challenger with the champion rule by rule', async () => {
    await renderTab(mockApi([run()]));
    expect(
      await screen.findByText('drift held for 3 consecutive checks'),
    ).toBeInTheDocument();
    expect(screen.getByText('awaiting-approval')).toBeInTheDocument();
    expect(screen.getByText('Champion (12)')).toBeInTheDocument();
    expect(screen.getByText('Challenger (13)')).toBeInTheDocument();
    expect(
      screen.getByText('auc 0.81 → 0.86: improves by 0.05'),
    ).toBeInTheDocument();
    expect(screen.getByText('0.86')).toBeInTheDocument();
  });

  it('approves a waiting promotion with a comment', async () => {
    const api = mockApi([run()]);
    await renderTab(api);
    await userEvent.type(
      await screen.findByLabelText(/Comment on promoting version 13/),
      'Bias report reviewed',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Approve promotion' }),
    );
    await waitFor(() =>
      expect(api.approvePromotion).toHaveBeenCalledWith('run-1', {
        comment: 'Bias report reviewed',
      }),
    );
  });

  it('retrains and rolls back for those permitted', async () => {
    const api = mockApi([
      run({
        promotion: {
          state: 'promoted',
          reason: 'Version 13 is the champion',
          decidedBy: 'user:default/ana',
          comment: 'ok',
          expiresAt: null,
          promotedAt: '2026-12-03T10:06:00.000Z',
          previousVersion: '12',
        },
        promotedVersion: '13',
      }),
    ]);
    await renderTab(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Retrain now' }),
    );
    await waitFor(() => expect(api.triggerRetraining).toHaveBeenCalled());
    expect(screen.getByText('promoted v13')).toBeInTheDocument();
    expect(
      screen.getByText('Approved by user:default/ana: “ok”'),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Roll back to 12' }),
    );
    // it asks first, and why: the reason goes to the audit trail
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText('Roll back version 13 to 12?'),
    ).toBeInTheDocument();
    const confirm = within(dialog).getByRole('button', { name: 'Roll back' });
    expect(confirm).toBeDisabled();
    await userEvent.type(
      within(dialog).getByLabelText(/Reason/),
      'conversion dropped',
    );
    await userEvent.click(confirm);
    await waitFor(() =>
      expect(api.rollbackModel).toHaveBeenCalledWith(
        { namespace: 'default', name: 'fraud-detector' },
        { reason: 'conversion dropped' },
      ),
    );
  });

  it('leaves the decision to someone else when the user triggered the run (four eyes)', async () => {
    await renderTab(
      mockApi([
        run({
          trigger: {
            kind: 'manual',
            by: 'user:default/guest',
            reason: 'Started from the portal',
          },
        }),
      ]),
    );
    expect(
      await screen.findByText(
        'You triggered this run, so someone else approves or rejects its promotion (four eyes: aiops.governance.fourEyes)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Approve promotion' }),
    ).not.toBeInTheDocument();
  });

  it('disables what the user may not do and says why', async () => {
    await renderTab(mockApi([run()]), false);
    const retrain = await screen.findByRole('button', { name: 'Retrain now' });
    expect(retrain).toBeDisabled();
    expect(
      await screen.findByText(
        'You need the aiops.promotion.approve permission',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Approve promotion' }),
    ).not.toBeInTheDocument();
  });

  it('explains an empty list', async () => {
    await renderTab(mockApi([]));
    const table = await screen.findByText(/No retraining run yet/);
    expect(within(table).getByText(/drift held long enough/)).toBeTruthy();
  });
});
