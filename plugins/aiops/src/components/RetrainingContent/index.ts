export { RetrainingContent } from './RetrainingContent';
