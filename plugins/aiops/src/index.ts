/**
 * Frontend of AI DevOps for the legacy frontend system; the new one is in `/alpha`.
 *
 * @packageDocumentation
 */

export { aiopsPlugin, AiopsPage } from './plugin';
export { aiopsApiRef, type AiopsApi } from './api/AiopsApi';
export { StatusChip } from './components/StatusChip';
