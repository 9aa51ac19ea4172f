import { NotAllowedError } from '@backstage/errors';
import { Approval, ApprovalRequest } from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { AuditTrail } from '../audit/AuditTrail';
import { ModelInfo } from '../models/ModelDirectory';
import { ApprovalStore } from './ApprovalStore';
import { GovernanceService } from './GovernanceService';

const DAY_MS = 86_400_000;

/**
 * People's decisions on model versions: stored with their audit entry in one
 * transaction, valid for `approvalValidityDays`, and the model re-evaluated.
 */
export class ApprovalService {
  static create(options: {
    knex: Knex;
    approvals: ApprovalStore;
    governance: GovernanceService;
    trail: AuditTrail;
    approvalValidityDays: number;
  }) {
    return new ApprovalService(options);
  }

  private constructor(
    private readonly options: {
      knex: Knex;
      approvals: ApprovalStore;
      governance: GovernanceService;
      trail: AuditTrail;
      approvalValidityDays: number;
    },
  ) {}

  /** The model's decisions, newest first. */
  async list(model: ModelInfo): Promise<Approval[]> {
    return this.options.approvals.list(model.modelRef, Date.now());
  }

  /** Records a person's decision on a version; a service may not decide for one. */
  async record(
    model: ModelInfo,
    body: ApprovalRequest,
    approver: { actor: string; isUser: boolean },
  ): Promise<Approval> {
    if (!approver.isUser) {
      throw new NotAllowedError(
        'An approval is a person’s decision; a service token cannot record one',
      );
    }
    const { knex, approvals, governance, trail, approvalValidityDays } =
      this.options;
    const now = Date.now();
    const approval = await knex.transaction(async trx => {
      const recorded = await approvals.record(trx, {
        entityRef: model.modelRef,
        modelVersion: body.modelVersion,
        decision: body.decision,
        approver: approver.actor,
        comment: body.comment,
        decidedAt: now,
        expiresAt: now + approvalValidityDays * DAY_MS,
      });
      await trail.append(
        {
          actor: approver.actor,
          action: 'approval-record',
          entityRef: model.modelRef,
          details: {
            approvalId: recorded.id,
            modelVersion: recorded.modelVersion,
            decision: recorded.decision,
            comment: recorded.comment,
            expiresAt: recorded.expiresAt,
          },
        },
        trx,
      );
      return recorded;
    });
    await governance.reevaluate(model);
    return approval;
  }
}
