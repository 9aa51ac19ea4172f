export * from './policy';
export * from './modelCard';
export * from './defaultPolicy';
export * from './resolvePolicy';
export * from './evaluateGovernance';
export * from './portfolio';
export * from './waivers';
export { GOVERNANCE_RULES } from './rules';
