import canonicalizeJson from 'canonicalize';
import {
  GateDecision,
  GateRequest,
  gateDecisionOf,
} from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { AuditTrail } from '../audit/AuditTrail';
import { sha256Hex } from '../audit/sha256Hex';
import { ModelInfo } from '../models/ModelDirectory';
import { GateStore } from './GateStore';
import { GovernanceService } from './GovernanceService';

/**
 * The CI gate: evaluates the policy for the version CI is about to ship, with the evidence
 * CI posts, and (unless it is a dry run) stores the evidence and the decision for that
 * version together with their audit entry, then re-evaluates the model.
 */
export class GateService {
  static create(options: {
    knex: Knex;
    governance: GovernanceService;
    gates: GateStore;
    trail: AuditTrail;
  }) {
    return new GateService(options);
  }

  private constructor(
    private readonly options: {
      knex: Knex;
      governance: GovernanceService;
      gates: GateStore;
      trail: AuditTrail;
    },
  ) {}

  /** The gate's decision for the request's version of `model`, as `actor` asked it. */
  async decide(
    model: ModelInfo,
    request: GateRequest,
    actor: string,
  ): Promise<GateDecision> {
    const { knex, governance, gates, trail } = this.options;
    const now = Date.now();
    const evaluation = await governance.evaluate(
      model,
      {
        modelVersion: request.modelVersion,
        evidence: request.evidence,
        commitSha: request.commitSha,
      },
      now,
    );
    const decision = gateDecisionOf(evaluation);
    const checks = evaluation.checks.map(
      ({ id, title, result, reason, remediation, controls, blocksGate }) => ({
        id,
        title,
        result,
        reason,
        remediation,
        controls,
        blocksGate,
      }),
    );
    let gateId: string | null = null;
    if (!request.dryRun) {
      const { metrics, bias, modelCard } = request.evidence;
      const record = await knex.transaction(async trx => {
        const stored = await gates.record(trx, {
          entityRef: model.modelRef,
          modelVersion: request.modelVersion,
          commitSha: request.commitSha,
          runUrl: request.runUrl,
          decision,
          status: evaluation.status,
          score: evaluation.score,
          actor,
          recordedAt: now,
          evidence: request.evidence,
          checks,
        });
        await trail.append(
          {
            actor,
            action: 'gate-decision',
            entityRef: model.modelRef,
            details: {
              gateId: stored.id,
              modelVersion: request.modelVersion,
              commitSha: request.commitSha ?? null,
              runUrl: request.runUrl ?? null,
              decision,
              status: evaluation.status,
              score: evaluation.score,
              failing: checks.filter(c => c.result === 'fail').map(c => c.id),
              // the evidence itself is in the gate record; the trail pins it by hash
              evidenceSha256: sha256Hex(
                canonicalizeJson({ metrics, bias, modelCard }) ?? '',
              ),
            },
          },
          trx,
        );
        return stored;
      });
      gateId = record.id;
      await governance.reevaluate(model);
    }
    return {
      decision,
      entityRef: model.modelRef,
      modelVersion: request.modelVersion,
      status: evaluation.status,
      score: evaluation.score,
      level: evaluation.level,
      checks,
      evaluatedAt: evaluation.evaluatedAt,
      recorded: !request.dryRun,
      gateId,
    };
  }
}
