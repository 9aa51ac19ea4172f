import { retrainingReport } from './retrain';

const CHURN = 'mlmodel:default/churn-classifier';
const FRAUD = 'mlmodel:default/fraud-detector';

/** The four-fifths rule: the least selected segment's rate over the most selected one's. */
const impactRatio = (rates: Record<string, number>) =>
  Math.min(...Object.values(rates)) / Math.max(...Object.values(rates));

describe('the demo retraining pipeline', () => {
  it('beats the demo’s own champion on the drifted traffic, above the churn entity’s auc 0.85, with bias evidence', () => {
    const report = retrainingReport(CHURN, '7');
    expect(report.challenger.version).toBe('8');
    const { champion, challenger } = report;
    // the fleet's rule: auc up by at least 0.01
    expect(challenger.metrics.auc - champion.metrics.auc).toBeGreaterThan(0.01);
    // examples/entities.yaml: aiops.dev/governance.evaluation-evidence minMetrics auc 0.85
    expect(challenger.metrics.auc).toBeGreaterThanOrEqual(0.85);
    expect(Object.keys(report.bias.customer_segment).sort()).toEqual([
      'business',
      'consumer',
    ]);
    expect(impactRatio(report.bias.customer_segment)).toBeGreaterThan(0.8);
    expect(report.reference.records).toHaveLength(4000);
  });

  it('finds nothing to improve against a champion it trained on the same traffic', () => {
    for (const [ref, version] of [
      [CHURN, '8'],
      [FRAUD, '13'],
    ]) {
      const { champion, challenger } = retrainingReport(ref, version);
      expect(
        Math.abs(challenger.metrics.auc - champion.metrics.auc),
      ).toBeLessThan(0.01);
    }
  });

  it('gives the fraud model’s challenger a selection rate per segment within four fifths', () => {
    const report = retrainingReport(FRAUD, '12');
    expect(report.challenger.metrics.auc).toBeGreaterThan(
      report.champion.metrics.auc + 0.01,
    );
    expect(impactRatio(report.bias.customer_segment)).toBeGreaterThan(0.8);
  });
});
