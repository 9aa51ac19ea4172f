export { StatusChip, type Status } from './StatusChip';
