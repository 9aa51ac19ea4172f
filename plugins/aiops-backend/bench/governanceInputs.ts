import {
  Approval,
  DriftStatus,
  GovernanceInput,
  MLModelEntity,
  Waiver,
} from '@unified-aiops/plugin-aiops-common';
import { benchModelEntity } from './benchModel';

const DAY = 86_400_000;
const TYPES = ['classification', 'regression', 'llm', 'ranking', 'embedding'];
const TIERS = ['minimal', 'limited', 'high'];
const DRIFT: DriftStatus[] = ['ok', 'warning', 'drift', 'ok', 'no-data'];

/** A model card with every section the default policy asks for, about 1 KiB. */
const COMPLETE_CARD = `---
license: apache-2.0
language: en
---
# Bench model
## Intended use
Scores incoming requests for the team that owns it; not for decisions about people without review.
## Limitations
Trained on two years of traffic from one region; seasonal effects outside it are unknown.
## Training data
Anonymised production records, sampled weekly, 1.2 million rows after de-duplication.
## Evaluation
AUC 0.91 and accuracy 0.88 on a held-out quarter; calibration error 0.02.
## Ethical considerations
No protected attribute is an input; selection rates are compared per segment before each release.
`;

/** The same card without its limitations and ethics sections. */
const PARTIAL_CARD = COMPLETE_CARD.split('## Limitations')[0];

/**
 * Governance inputs for `count` models, varied the way a real fleet is: five model types,
 * three risk tiers, a complete, partial or missing model card, stale and fresh evidence,
 * bias within and outside the four-fifths rule, drift, waivers, approvals (valid and
 * expired), and one model in ten with a per-model parameter annotation (parsed on every
 * evaluation, as in production).
 */
export function governanceInputs(
  count: number,
  now: number,
): GovernanceInput[] {
  const iso = (ms: number) => new Date(ms).toISOString();
  return Array.from({ length: count }, (_, i) => {
    const base = benchModelEntity(`bench-${i}`);
    const entityRef = `mlmodel:default/bench-${i}`;
    const annotations: Record<string, string> = {};
    if (i % 7 !== 0) annotations['backstage.io/techdocs-ref'] = 'dir:.';
    if (i % 10 === 0) {
      annotations['aiops.dev/governance.evaluation-evidence'] =
        '{"maxAgeDays":30,"minMetrics":{"auc":0.85}}';
    }
    const entity = {
      ...base,
      metadata: { ...base.metadata, annotations },
      spec: {
        ...base.spec,
        type: TYPES[i % TYPES.length],
        riskTier: TIERS[i % TIERS.length],
        system: i % 11 === 0 ? undefined : `system-${i % 40}`,
        trainedBy: i % 9 === 0 ? undefined : `pipeline-${i}`,
        monitoring: { ...base.spec.monitoring, latencySloMs: 200 },
      },
    } as MLModelEntity;
    let card: string | undefined = COMPLETE_CARD;
    if (i % 6 === 1) card = PARTIAL_CARD;
    else if (i % 13 === 0) card = undefined;
    const waivers: Waiver[] =
      i % 8 === 0
        ? [
            {
              id: `w${i}`,
              entityRef,
              checkId: 'runbook',
              reason: 'Runbook moves to TechDocs next sprint',
              state: 'active',
              requestedBy: 'user:default/owner',
              requestedAt: iso(now - 3 * DAY),
              approvedBy: 'user:default/risk-officer',
              approvedAt: iso(now - 2 * DAY),
              expiresAt: iso(now + (i % 16 === 0 ? -DAY : 20 * DAY)),
              revokedBy: null,
              revokedAt: null,
            },
          ]
        : [];
    const approvals: Approval[] =
      i % 4 === 3
        ? []
        : [
            {
              id: `a${i}`,
              entityRef,
              modelVersion: '7',
              decision: 'approved',
              approver: 'user:default/risk-officer',
              comment: 'Reviewed the evaluation and the bias report',
              decidedAt: iso(now - 5 * DAY),
              expiresAt: iso(now + (i % 12 === 2 ? -DAY : 85 * DAY)),
              state: 'valid',
            },
          ];
    return {
      entity,
      modelVersion: '7',
      evidence:
        i % 17 === 0
          ? null
          : {
              evidence: {
                metrics: { auc: 0.8 + (i % 15) / 100, accuracy: 0.88 },
                bias: {
                  segment: {
                    consumer: 0.3,
                    business: i % 5 === 0 ? 0.2 : 0.28,
                  },
                  region: { north: 0.31, south: 0.29, east: 0.3 },
                },
                modelCard: card,
              },
              recordedAt: iso(now - (i % 19 === 0 ? 120 : 4) * DAY),
              commitSha: `c0ffee${i}`,
            },
      drift: {
        status: DRIFT[i % DRIFT.length],
        since: iso(now - (i % 3 === 0 ? 10 : 2) * DAY),
      },
      referenceSet: i % 14 !== 0,
      recentRecords: i % 20 === 0 ? 0 : 500 + i,
      waivers,
      approvals,
      now: iso(now),
    };
  });
}
