export { AiopsRouter } from './AiopsRouter';
