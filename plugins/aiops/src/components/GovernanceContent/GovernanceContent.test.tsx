import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { ResponseError } from '@backstage/errors';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { alertApiRef } from '@backstage/core-plugin-api';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SWRConfig } from 'swr';
import { AiopsApi, aiopsApiRef } from '../../api/AiopsApi';
import {
  approval,
  evaluation,
  fraudEntity,
  gateRecord,
  waiver,
} from './__fixtures__/governanceData';
import { GovernanceContent } from './GovernanceContent';

type GovernanceApi = Pick<
  AiopsApi,
  | 'getGovernance'
  | 'listGates'
  | 'listWaivers'
  | 'listApprovals'
  | 'requestWaiver'
  | 'approveWaiver'
  | 'revokeWaiver'
  | 'recordApproval'
>;

function mockApi(overrides: Partial<GovernanceApi> = {}): GovernanceApi {
  return {
    getGovernance: jest.fn(async () => evaluation()),
    listGates: jest.fn(async () => [gateRecord()]),
    listWaivers: jest.fn(async () => [waiver()]),
    listApprovals: jest.fn(async () => [approval()]),
    requestWaiver: jest.fn(async () => waiver()),
    approveWaiver: jest.fn(async () => waiver({ state: 'active' })),
    revokeWaiver: jest.fn(async () => waiver({ state: 'revoked' })),
    recordApproval: jest.fn(async () => approval()),
    ...overrides,
  };
}

const alertApi = {
  post: jest.fn(),
  alert$: () => ({ subscribe: () => ({ unsubscribe() {} }) } as any),
};

async function renderTab(api: GovernanceApi, allowed = true) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [aiopsApiRef, api],
        [alertApiRef, alertApi],
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
      {/* a fresh permission cache per render: usePermission caches decisions in SWR */}
      <SWRConfig value={{ provider: () => new Map() }}>
        <EntityProvider entity={fraudEntity}>
          <GovernanceContent />
        </EntityProvider>
      </SWRConfig>
    </TestApiProvider>,
  );
}

// Typing into MUI dialogs under jsdom takes seconds on a busy two-core machine; this is a
// ceiling against hangs, not a speed assertion.
jest.setTimeout(30_000);

describe('GovernanceContent', () => {
  it('shows the score, status and the failing check first, with its remedy and controls', async () => {
    await renderTab(mockApi());
    expect(await screen.findByLabelText('Governance score')).toHaveTextContent(
      '84.8',
    );
    expect(screen.getAllByText('non-compliant').length).toBeGreaterThan(0);
    const failing = screen
      .getAllByText('Human approval of the current version')[0]
      .closest('tr')!;
    expect(failing).toHaveTextContent('fail');
    expect(failing).toHaveTextContent(
      'To fix: Have someone with aiops.promotion.approve review the version',
    );
    expect(failing).toHaveTextContent('EU AI Act Art. 14');
    // failures first: above every passing check
    const passing = screen
      .getAllByText('Owner and system set')[0]
      .closest('tr')!;
    expect(
      failing.compareDocumentPosition(passing) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.getByText('Gate history')).toBeInTheDocument();
    expect(screen.getByText('Framework mapping')).toBeInTheDocument();
  });

  it('requests a waiver of a failing check with a reason and a date', async () => {
    const user = userEvent.setup({ delay: null });
    const api = mockApi();
    await renderTab(api);
    const [button] = await screen.findAllByRole('button', {
      name: 'Request waiver',
    });
    await user.click(button);
    await user.type(
      await screen.findByLabelText(/Why the exception is acceptable/),
      'Board review on Friday',
    );
    await user.click(screen.getByRole('button', { name: 'Request' }));
    await waitFor(() =>
      expect(api.requestWaiver).toHaveBeenCalledWith(
        { namespace: 'default', name: 'fraud-detector' },
        expect.objectContaining({
          checkId: 'human-approval',
          reason: 'Board review on Friday',
        }),
      ),
    );
  });

  it('shows the server’s reason when a waiver approval is refused', async () => {
    const refused = Object.assign(new Error('Request failed with 403'), {
      body: {
        error: {
          message:
            'A waiver is approved by someone other than who requested it (aiops.governance.fourEyes)',
        },
      },
    });
    const api = mockApi({
      approveWaiver: jest.fn(async () => {
        throw refused;
      }),
    });
    await renderTab(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Approve' }),
    );
    await waitFor(() =>
      expect(alertApi.post).toHaveBeenCalledWith({
        message:
          'A waiver is approved by someone other than who requested it (aiops.governance.fourEyes)',
        severity: 'error',
        display: 'transient',
      }),
    );
  });

  it('approves a version with a comment', async () => {
    const api = mockApi();
    await renderTab(api);
    await userEvent.type(
      await screen.findByLabelText(/Comment on version 12/),
      'Bias report reviewed',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Approve version 12' }),
    );
    await waitFor(() =>
      expect(api.recordApproval).toHaveBeenCalledWith(
        { namespace: 'default', name: 'fraud-detector' },
        {
          modelVersion: '12',
          decision: 'approved',
          comment: 'Bias report reviewed',
        },
      ),
    );
  });

  it('disables what the user may not do and says which permission is missing', async () => {
    await renderTab(mockApi(), false);
    const [request] = await screen.findAllByRole('button', {
      name: 'Request waiver',
    });
    expect(request).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Approve' })).toBeDisabled();
    expect(
      screen.getByText('You need the aiops.promotion.approve permission'),
    ).toBeInTheDocument();
  });

  it('says why when the evaluation cannot be read', async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'NotFoundError',
            message: 'No MLModel mlmodel:default/fraud-detector in the catalog',
          },
          response: { statusCode: 404 },
        }),
        { status: 404, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    await renderTab(
      mockApi({
        getGovernance: jest.fn(async () => {
          throw error;
        }),
      }),
    );
    expect(
      (await screen.findAllByText(/No MLModel mlmodel:default\/fraud-detector/))
        .length,
    ).toBeGreaterThan(0);
  });

  it('explains an empty gate history and waiver list', async () => {
    await renderTab(
      mockApi({
        listGates: jest.fn(async () => []),
        listWaivers: jest.fn(async () => []),
      }),
    );
    expect(
      await screen.findByText(
        /No CI run has called the gate for this model yet/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No waiver was requested for this model.'),
    ).toBeInTheDocument();
  });
});
