import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { Waiver, WaiverRequest } from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { AuditTrail } from '../audit/AuditTrail';
import { ModelInfo } from '../models/ModelDirectory';
import { GovernanceService } from './GovernanceService';
import { WaiverStore } from './WaiverStore';

const DAY_MS = 86_400_000;

/** What a WaiverService is built from. */
export interface WaiverServiceOptions {
  knex: Knex;
  waivers: WaiverStore;
  governance: GovernanceService;
  trail: AuditTrail;
  /** Longest a waiver may run (`aiops.governance.maxWaiverDays`). */
  maxWaiverDays: number;
  /** Whether the approver must be someone else than the requester. */
  fourEyes: boolean;
}

/**
 * Waivers of governance checks: requested by anyone allowed, counted once someone with
 * `aiops.governance.waive` approves them, until they expire or are revoked. Each step is
 * stored with its audit entry in one transaction, and the model re-evaluated.
 */
export class WaiverService {
  static create(options: WaiverServiceOptions) {
    return new WaiverService(options);
  }

  private constructor(private readonly options: WaiverServiceOptions) {}

  /** The model's waivers, newest first. */
  async list(model: ModelInfo): Promise<Waiver[]> {
    return this.options.waivers.list(model.modelRef, Date.now());
  }

  /** Requests a waiver of one check of the policy until a time within the allowed span. */
  async request(
    model: ModelInfo,
    body: WaiverRequest,
    actor: string,
  ): Promise<Waiver> {
    const { knex, waivers, governance, trail, maxWaiverDays } = this.options;
    const check = governance.policy.checks.find(c => c.id === body.checkId);
    if (!check) {
      throw new InputError(
        `request/body/checkId: no check ${JSON.stringify(
          body.checkId,
        )} in the policy (one of ${governance.policy.checks
          .map(c => c.id)
          .join(', ')})`,
      );
    }
    if (!check.waivable) {
      throw new InputError(`Check ${check.id} cannot be waived`);
    }
    const now = Date.now();
    const expiresAt = Date.parse(body.expiresAt);
    if (expiresAt <= now) {
      throw new InputError('request/body/expiresAt must be in the future');
    }
    if (expiresAt > now + maxWaiverDays * DAY_MS) {
      throw new InputError(
        `request/body/expiresAt is more than ${maxWaiverDays} days ahead (aiops.governance.maxWaiverDays)`,
      );
    }
    return knex.transaction(async trx => {
      const waiver = await waivers.request(trx, {
        entityRef: model.modelRef,
        checkId: check.id,
        reason: body.reason,
        requestedBy: actor,
        requestedAt: now,
        expiresAt,
      });
      await trail.append(
        {
          actor,
          action: 'waiver-request',
          entityRef: model.modelRef,
          details: {
            waiverId: waiver.id,
            checkId: waiver.checkId,
            reason: waiver.reason,
            expiresAt: waiver.expiresAt,
          },
        },
        trx,
      );
      return waiver;
    });
  }

  /** Approves a requested waiver; it counts from now on. */
  async approve(
    model: ModelInfo,
    waiverId: string,
    actor: string,
  ): Promise<Waiver> {
    return this.change(model, waiverId, actor, 'approve', waiver => {
      if (waiver.state !== 'requested') {
        throw new ConflictError(
          `Waiver ${waiver.id} is ${waiver.state}; only a requested waiver can be approved`,
        );
      }
      if (this.options.fourEyes && waiver.requestedBy === actor) {
        throw new NotAllowedError(
          'A waiver is approved by someone other than who requested it (aiops.governance.fourEyes)',
        );
      }
    });
  }

  /** Revokes a requested or active waiver; it stops counting at once. */
  async revoke(
    model: ModelInfo,
    waiverId: string,
    actor: string,
  ): Promise<Waiver> {
    return this.change(model, waiverId, actor, 'revoke', waiver => {
      if (waiver.state !== 'requested' && waiver.state !== 'active') {
        throw new ConflictError(
          `Waiver ${waiver.id} is ${waiver.state} already`,
        );
      }
    });
  }

  private async change(
    model: ModelInfo,
    waiverId: string,
    actor: string,
    action: 'approve' | 'revoke',
    allowed: (waiver: Waiver) => void,
  ): Promise<Waiver> {
    const { knex, waivers, governance, trail } = this.options;
    const now = Date.now();
    const changed = await knex.transaction(async trx => {
      const waiver = await waivers.get(waiverId, now, trx);
      if (!waiver || waiver.entityRef !== model.modelRef) {
        throw new NotFoundError(`No waiver ${waiverId} of ${model.modelRef}`);
      }
      allowed(waiver);
      const updated = await waivers.update(
        trx,
        waiver.id,
        action === 'approve'
          ? { approvedBy: actor, approvedAt: now }
          : { revokedBy: actor, revokedAt: now },
      );
      await trail.append(
        {
          actor,
          action: `waiver-${action}`,
          entityRef: model.modelRef,
          details: {
            waiverId: updated.id,
            checkId: updated.checkId,
            state: updated.state,
            expiresAt: updated.expiresAt,
          },
        },
        trx,
      );
      return updated;
    });
    await governance.reevaluate(model);
    return changed;
  }
}
