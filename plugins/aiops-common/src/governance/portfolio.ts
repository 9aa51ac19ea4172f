import type {
  ControlMapping,
  FrameworkControls,
  GovernanceCheck,
  PortfolioGroup,
} from '../api/types';
import type { GovernanceStatus } from '../entities/constants';

/** One model's place in the portfolio: who owns it, its system, and its governance. */
export interface PortfolioModel {
  owner: string;
  system: string | null;
  status: GovernanceStatus;
  score: number | null;
}

/** Figures of a group of models: counts by status and the mean score of those evaluated. */
export function portfolioGroup(
  key: string,
  models: PortfolioModel[],
): PortfolioGroup {
  const count = (status: GovernanceStatus) =>
    models.filter(m => m.status === status).length;
  const scores = models.flatMap(m => (m.score === null ? [] : [m.score]));
  return {
    key,
    models: models.length,
    compliant: count('compliant'),
    atRisk: count('at-risk'),
    nonCompliant: count('non-compliant'),
    unknown: count('unknown'),
    meanScore: scores.length
      ? Math.round((10 * scores.reduce((a, b) => a + b, 0)) / scores.length) /
        10
      : null,
  };
}

/** The portfolio figures by owner and by system (models without a system are left out there). */
export function governancePortfolio(models: PortfolioModel[]) {
  const by = (keyOf: (m: PortfolioModel) => string | null) => {
    const groups = new Map<string, PortfolioModel[]>();
    for (const model of models) {
      const key = keyOf(model);
      if (key === null) continue;
      groups.set(key, [...(groups.get(key) ?? []), model]);
    }
    return [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, group]) => portfolioGroup(key, group));
  };
  return { byOwner: by(m => m.owner), bySystem: by(m => m.system) };
}

/** Each framework control with the checks that give evidence for it, by framework and control. */
export function controlMappings(checks: GovernanceCheck[]): ControlMapping[] {
  const mappings = new Map<string, ControlMapping>();
  for (const check of checks) {
    for (const framework of Object.keys(check.controls) as Array<
      keyof FrameworkControls
    >) {
      for (const control of check.controls[framework]) {
        const key = `${framework} ${control}`;
        const mapping = mappings.get(key) ?? { framework, control, checks: [] };
        mapping.checks.push({
          id: check.id,
          title: check.title,
          result: check.result,
        });
        mappings.set(key, mapping);
      }
    }
  }
  const order = ['euAiAct', 'nistAiRmf', 'iso42001'];
  return [...mappings.values()].sort(
    (a, b) =>
      order.indexOf(a.framework) - order.indexOf(b.framework) ||
      a.control.localeCompare(b.control, 'en', { numeric: true }),
  );
}
