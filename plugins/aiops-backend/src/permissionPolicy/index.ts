/**
 * A ready permission policy for portals without one: `backend.add(import('@unified-aiops/plugin-aiops-backend/permission-policy'))`.
 *
 * @packageDocumentation
 */
export { AiopsPermissionPolicy } from './AiopsPermissionPolicy';
export { permissionModuleAiopsPolicy as default } from './module';
