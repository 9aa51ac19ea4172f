/**
 * Scaffolder module of AI DevOps: `aiops:*` actions for the AI service golden path.
 *
 * @packageDocumentation
 */

export { scaffolderModuleAiops as default } from './module';
export { createModelCardAction } from './actions/createModelCard';
export { createCiGatesAction } from './actions/createCiGates';
export { createRunbooksAction } from './actions/createRunbooks';
export { createRegisterModelAction } from './actions/registerModel';
