import { EntityProvider } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AuditEntry } from '@unified-aiops/plugin-aiops-common';
import { AiopsApi, aiopsApiRef } from '../../api/AiopsApi';
import { fraudEntity } from '../GovernanceContent/__fixtures__/governanceData';
import { AuditContent } from './AuditContent';

const entry = (sequence: number, action: string): AuditEntry => ({
  sequence,
  time: '2025-06-01T10:00:00.000Z',
  actor: 'user:default/risk-officer',
  action,
  entityRef: 'mlmodel:default/fraud-detector',
  details: { modelVersion: '12', decision: 'approved' },
  prevHash: 'a'.repeat(64),
  hash: `${sequence}`.padStart(64, 'b'),
});

type AuditApi = Pick<AiopsApi, 'listAudit' | 'verifyAudit' | 'exportAudit'>;

function mockApi(overrides: Partial<AuditApi> = {}): AuditApi {
  return {
    listAudit: jest.fn(async () => ({
      items: [entry(4, 'gate-decision'), entry(7, 'approval-record')],
      nextCursor: null,
    })),
    verifyAudit: jest.fn(async () => ({
      valid: true,
      entries: 9,
      firstInvalid: null,
      checkpoint: null,
    })),
    exportAudit: jest.fn(async () => '{"sequence":1}\n'),
    ...overrides,
  };
}

function renderTab(api: AuditApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[aiopsApiRef, api]]}>
      <EntityProvider entity={fraudEntity}>
        <AuditContent />
      </EntityProvider>
    </TestApiProvider>,
  );
}

describe('AuditContent', () => {
  it("lists the model's entries and says the chain is intact", async () => {
    const api = mockApi();
    await renderTab(api);
    expect(
      await screen.findByText(
        'The audit chain is intact: all 9 entries verified.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('approval-record')).toBeInTheDocument();
    expect(screen.getAllByText('user:default/risk-officer')).toHaveLength(2);
    expect(api.listAudit).toHaveBeenCalledWith(
      expect.objectContaining({ entityRef: 'mlmodel:default/fraud-detector' }),
    );
  });

  it('names the first broken entry of a tampered chain', async () => {
    await renderTab(
      mockApi({
        verifyAudit: jest.fn(async () => ({
          valid: false,
          entries: 5,
          firstInvalid: {
            sequence: 5,
            reason: 'its content does not match its hash (edited)',
          },
          checkpoint: null,
        })),
      }),
    );
    expect(
      await screen.findByText(
        /The audit chain is broken at entry 5: its content does not match its hash \(edited\)/,
      ),
    ).toBeInTheDocument();
  });

  it("exports the model's entries for an auditor", async () => {
    const api = mockApi();
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    await renderTab(api);
    await userEvent.click(
      await screen.findByRole('button', { name: "This model's entries (CSV)" }),
    );
    await waitFor(() =>
      expect(api.exportAudit).toHaveBeenCalledWith({
        format: 'csv',
        entityRef: 'mlmodel:default/fraud-detector',
      }),
    );
  });
});
