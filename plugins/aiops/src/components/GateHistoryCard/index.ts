export { GateHistoryCard } from './GateHistoryCard';
