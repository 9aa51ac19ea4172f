export { RunCheckButton } from './RunCheckButton';
