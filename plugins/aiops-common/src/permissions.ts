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

/** Every permission the AI DevOps plugins define, for registration and policies. */
export const aiopsPermissions = [
  aiopsModelReadPermission,
  aiopsRecordsCreatePermission,
  aiopsReferenceUpdatePermission,
  aiopsCheckRunPermission,
];
