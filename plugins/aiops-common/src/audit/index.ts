export * from './auditHash';
export * from './verifyAuditChain';
