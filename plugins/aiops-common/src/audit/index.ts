export * from './auditHash';
export * from './verifyAuditChain';
export * from './verifyAuditExport';
