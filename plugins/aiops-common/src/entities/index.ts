export * from './constants';
export * from './MLModel';
export * from './MLPipeline';
export * from './validateAiopsEntity';
