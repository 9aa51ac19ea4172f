export { ControlChips, GovernanceChecksTable } from './GovernanceChecksTable';
