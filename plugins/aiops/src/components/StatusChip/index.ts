export {
  ResultChip,
  StatusChip,
  ToneChip,
  type Status,
  type Tone,
} from './StatusChip';
