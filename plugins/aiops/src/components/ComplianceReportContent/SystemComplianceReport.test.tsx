import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import {
  ComplianceReport,
  controlMappings,
  portfolioGroup,
} from '@unified-aiops/plugin-aiops-common';
import { evaluation } from '../GovernanceContent/__fixtures__/governanceData';
import { SystemComplianceReport } from './SystemComplianceReport';

function modelReport(name: string, title: string): ComplianceReport {
  const governance = {
    ...evaluation(),
    entityRef: `mlmodel:default/${name}`,
  };
  return {
    model: {
      entityRef: `mlmodel:default/${name}`,
      name,
      title,
      owner: 'group:default/fraud-risk',
      system: 'system:default/fraud-prevention',
      type: 'classification',
      riskTier: 'high',
      lifecycle: 'production',
    },
    generatedAt: '2025-06-01T10:00:00.000Z',
    governance,
    gates: [],
    waivers: [],
    approvals: [],
    audit: [],
    controls: controlMappings(governance.checks),
  };
}

describe('SystemComplianceReport', () => {
  it("prints the system's figures, a line per model, then each model's own report", async () => {
    const models = [
      modelReport('fraud-detector', 'Fraud detector'),
      modelReport('chargeback-scorer', 'Chargeback scorer'),
    ];
    await renderInTestApp(
      <SystemComplianceReport
        report={{
          systemRef: 'system:default/fraud-prevention',
          generatedAt: '2025-06-01T10:00:00.000Z',
          summary: portfolioGroup(
            'system:default/fraud-prevention',
            models.map(m => ({
              owner: m.model.owner,
              system: m.model.system,
              status: m.governance.status,
              score: m.governance.score,
            })),
          ),
          models,
        }}
      />,
    );
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Compliance report: system:default/fraud-prevention',
      }),
    ).toBeInTheDocument();
    const modelsSection = screen
      .getByRole('heading', { level: 2, name: 'Models' })
      .closest('section') as HTMLElement;
    expect(
      within(modelsSection)
        .getAllByRole('row')
        .slice(1)
        .map(r => r.querySelector('td')!.textContent),
    ).toEqual(['Fraud detector', 'Chargeback scorer']);
    // each model's full report follows
    expect(
      screen
        .getAllByRole('heading', { level: 1 })
        .map(h => h.textContent)
        .slice(1),
    ).toEqual([
      'Compliance report: Fraud detector',
      'Compliance report: Chargeback scorer',
    ]);
  });
});
