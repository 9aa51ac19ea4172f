export * from './constants';
export * from './entityRefs';
export * from './MLModel';
export * from './MLPipeline';
export * from './validateAiopsEntity';
