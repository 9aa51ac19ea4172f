export * from './types';
export * from './quantileSketch';
export * from './reservoir';
export * from './categoryCounts';
export * from './numericSummary';
export * from './featureProfile';
export * from './modelProfile';
export * from './summarizeProfile';
export { seededUniform } from './seededUniform';
