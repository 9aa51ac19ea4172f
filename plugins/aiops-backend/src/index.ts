/**
 * Backend plugin of AI DevOps: ingest, profiles, scheduled drift checks and the REST API.
 *
 * @packageDocumentation
 */

export { aiopsPlugin as default } from './plugin';
