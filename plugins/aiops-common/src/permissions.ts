import { createPermission } from '@backstage/plugin-permission-common';

/** Read drift status, profiles, check history and the fleet summary of models. */
export const aiopsModelReadPermission = createPermission({
  name: 'aiops.model.read',
  attributes: { action: 'read' },
});

/** Post inference records for a model (model services, usually with a static token). */
export const aiopsRecordsCreatePermission = createPermission({
  name: 'aiops.records.create',
  attributes: { action: 'create' },
});

/** Set or pin the reference profile a model's checks compare against. */
export const aiopsReferenceUpdatePermission = createPermission({
  name: 'aiops.reference.update',
  attributes: { action: 'update' },
});

/** Run a drift check now instead of waiting for the schedule. */
export const aiopsCheckRunPermission = createPermission({
  name: 'aiops.check.run',
  attributes: {},
});

/** Ask the CI gate whether a model version may ship, storing its evidence (CI, with a token). */
export const aiopsGateEvaluatePermission = createPermission({
  name: 'aiops.gate.evaluate',
  attributes: { action: 'create' },
});

/** Request a waiver of a governance check for a model. */
export const aiopsWaiverCreatePermission = createPermission({
  name: 'aiops.waiver.create',
  attributes: { action: 'create' },
});

/** Approve or revoke governance waivers (risk and compliance). */
export const aiopsGovernanceWaivePermission = createPermission({
  name: 'aiops.governance.waive',
  attributes: { action: 'update' },
});

/** Approve or reject a model version, e.g. the promotion of a high-risk model. */
export const aiopsPromotionApprovePermission = createPermission({
  name: 'aiops.promotion.approve',
  attributes: { action: 'update' },
});

/** Read, export and verify the audit trail, and the compliance reports that quote it. */
export const aiopsAuditReadPermission = createPermission({
  name: 'aiops.audit.read',
  attributes: { action: 'read' },
});

/** Start or cancel a model's retraining run (the loop starts drift-triggered runs itself). */
export const aiopsRetrainingTriggerPermission = createPermission({
  name: 'aiops.retraining.trigger',
  attributes: { action: 'create' },
});

/**
 * Report a retraining run's state and its challenger's evaluation: the pipeline's
 * callback, for service principals (the shipped policy denies it to people, whose
 * report would decide a promotion).
 */
export const aiopsRetrainingReportPermission = createPermission({
  name: 'aiops.retraining.report',
  attributes: { action: 'update' },
});

/** Undo a model's latest promotion: the previous champion and its drift reference back. */
export const aiopsModelRollbackPermission = createPermission({
  name: 'aiops.model.rollback',
  attributes: { action: 'update' },
});

/**
 * Register a model a golden-path template creates (the scaffolder calls on behalf of the
 * user who ran the template, so the policy decides for that user).
 */
export const aiopsModelRegisterPermission = createPermission({
  name: 'aiops.model.register',
  attributes: { action: 'create' },
});

/** Every permission the AI DevOps plugins define, for registration and policies. */
export const aiopsPermissions = [
  aiopsModelReadPermission,
  aiopsRecordsCreatePermission,
  aiopsReferenceUpdatePermission,
  aiopsCheckRunPermission,
  aiopsGateEvaluatePermission,
  aiopsWaiverCreatePermission,
  aiopsGovernanceWaivePermission,
  aiopsPromotionApprovePermission,
  aiopsAuditReadPermission,
  aiopsRetrainingTriggerPermission,
  aiopsRetrainingReportPermission,
  aiopsModelRollbackPermission,
  aiopsModelRegisterPermission,
];
