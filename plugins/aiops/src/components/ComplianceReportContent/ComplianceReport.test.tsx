import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { controlMappings } from '@unified-aiops/plugin-aiops-common';
import {
  approval,
  evaluation,
  gateRecord,
  waiver,
} from '../GovernanceContent/__fixtures__/governanceData';
import { ComplianceReport } from './ComplianceReport';

describe('ComplianceReport', () => {
  it('prints the model, every check, the evidence, waivers, approvals and each framework control', async () => {
    const governance = evaluation();
    await renderInTestApp(
      <ComplianceReport
        report={{
          model: {
            entityRef: 'mlmodel:default/fraud-detector',
            name: 'fraud-detector',
            title: 'Fraud detector',
            owner: 'group:default/fraud-risk',
            system: 'system:default/fraud-prevention',
            type: 'classification',
            riskTier: 'high',
            lifecycle: 'production',
          },
          generatedAt: '2025-06-01T10:00:00.000Z',
          governance,
          gates: [
            gateRecord({
              evidence: {
                metrics: { auc: 0.94 },
                bias: { segment: { a: 0.5 } },
              },
            }),
          ],
          waivers: [waiver()],
          approvals: [approval()],
          audit: [],
          controls: controlMappings(governance.checks),
        }}
      />,
    );
    expect(
      screen.getByRole('heading', {
        name: 'Compliance report: Fraud detector',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Human approval of the current version'),
    ).toBeInTheDocument();
    expect(screen.getByText('auc')).toBeInTheDocument();
    expect(screen.getByText('Board review on Friday')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'EU AI Act' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'ISO/IEC 42001:2023' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Art. 14')).toBeInTheDocument();
    expect(
      screen.getByText('No audit entries for this model.'),
    ).toBeInTheDocument();
  });
});
