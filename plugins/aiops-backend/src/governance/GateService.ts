import canonicalizeJson from 'canonicalize';
import {
  GateCheck,
  GateDecision,
  GateEvidence,
  GateRecord,
  GateRequest,
  GovernanceStatus,
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
    const now = Date.now();
    const evaluation = await this.options.governance.evaluate(
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
      gateId = (
        await this.store(model, actor, {
          modelVersion: request.modelVersion,
          commitSha: request.commitSha,
          runUrl: request.runUrl,
          decision,
          evaluation,
          evidence: request.evidence,
          checks,
          recordedAt: now,
        })
      ).id;
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

  /**
   * Stores a decision another gate took for a version, with its evidence and its own
   * checks, as a gate record beside CI's: the retraining loop's champion-vs-challenger
   * validation, say. The record carries the policy's status and score for that version
   * with the evidence, so the version's compliance is judged on it; the decision stays
   * the given one.
   */
  async recordDecision(
    model: ModelInfo,
    gate: {
      modelVersion: string;
      runUrl?: string;
      decision: 'pass' | 'fail';
      evidence: GateEvidence;
      checks: GateCheck[];
      /** More audit-entry details (the run, say). */
      details?: Record<string, unknown>;
    },
    actor: string,
  ): Promise<GateRecord> {
    const now = Date.now();
    const evaluation = await this.options.governance.evaluate(
      model,
      { modelVersion: gate.modelVersion, evidence: gate.evidence },
      now,
    );
    return this.store(model, actor, { ...gate, evaluation, recordedAt: now });
  }

  /** The gate record and its audit entry in one transaction; then the model re-evaluated. */
  private async store(
    model: ModelInfo,
    actor: string,
    gate: {
      modelVersion: string;
      commitSha?: string;
      runUrl?: string;
      decision: 'pass' | 'fail';
      evaluation: { status: GovernanceStatus; score: number };
      evidence: GateEvidence;
      checks: GateCheck[];
      details?: Record<string, unknown>;
      /** Epoch ms. */
      recordedAt: number;
    },
  ): Promise<GateRecord> {
    const { knex, governance, gates, trail } = this.options;
    const { metrics, bias, modelCard } = gate.evidence;
    const record = await knex.transaction(async trx => {
      const stored = await gates.record(trx, {
        entityRef: model.modelRef,
        modelVersion: gate.modelVersion,
        commitSha: gate.commitSha,
        runUrl: gate.runUrl,
        decision: gate.decision,
        status: gate.evaluation.status,
        score: gate.evaluation.score,
        actor,
        recordedAt: gate.recordedAt,
        evidence: gate.evidence,
        checks: gate.checks,
      });
      await trail.append(
        {
          actor,
          action: 'gate-decision',
          entityRef: model.modelRef,
          details: {
            gateId: stored.id,
            modelVersion: gate.modelVersion,
            commitSha: gate.commitSha ?? null,
            runUrl: gate.runUrl ?? null,
            decision: gate.decision,
            status: gate.evaluation.status,
            score: gate.evaluation.score,
            failing: gate.checks
              .filter(c => c.result === 'fail')
              .map(c => c.id),
            // the evidence itself is in the gate record; the trail pins it by hash
            evidenceSha256: sha256Hex(
              canonicalizeJson({ metrics, bias, modelCard }) ?? '',
            ),
            ...gate.details,
          },
        },
        trx,
      );
      return stored;
    });
    await governance.reevaluate(model);
    return record;
  }
}
