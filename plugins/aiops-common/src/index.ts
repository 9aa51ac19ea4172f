/**
 * Isomorphic part of the AI DevOps plugins: entity kinds, permissions, API types,
 * the REST client and drift statistics.
 *
 * @packageDocumentation
 */

export * from './permissions';
export * from './events';
export * from './entities';
export * from './api/types';
export * from './api/AiopsClient';
export * from './fleet/summarizeFleet';
export * from './profiles';
export * from './stats';
export * from './governance';
export * from './audit';
export * from './retraining';
export * from './format/formatUsd';
