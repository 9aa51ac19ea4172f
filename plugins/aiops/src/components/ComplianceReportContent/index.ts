export {
  ComplianceReportContent,
  SystemComplianceReportContent,
} from './ComplianceReportContent';
export { ComplianceReport } from './ComplianceReport';
export { SystemComplianceReport } from './SystemComplianceReport';
