export { ComplianceReportContent } from './ComplianceReportContent';
export { ComplianceReport } from './ComplianceReport';
