export { AuditContent, VerificationAlert } from './AuditContent';
export { AuditTrailTable } from './AuditTrailTable';
