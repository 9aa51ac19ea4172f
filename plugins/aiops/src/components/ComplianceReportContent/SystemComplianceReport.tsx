import Typography from '@material-ui/core/Typography';
import { SystemReport } from '@unified-aiops/plugin-aiops-common';
import { formatTime } from '../displayFormats';
import { StatusChip } from '../StatusChip';
import { ComplianceReport } from './ComplianceReport';
import { Rows, Section, useReportStyles } from './reportLayout';

/**
 * A system's compliance report: its figures, the status of each of its models, then
 * each model's full report on pages of its own.
 */
export function SystemComplianceReport(props: { report: SystemReport }) {
  const classes = useReportStyles();
  const { systemRef, generatedAt, summary, models } = props.report;
  return (
    <div className={classes.report}>
      <Typography variant="h4" component="h1">
        Compliance report: {systemRef}
      </Typography>
      <Typography variant="body2" color="textSecondary" gutterBottom>
        {models.length} {models.length === 1 ? 'model' : 'models'} · generated{' '}
        {formatTime(generatedAt)}
      </Typography>
      <Rows
        head={[
          'Models',
          'Compliant',
          'At risk',
          'Non-compliant',
          'Not evaluated',
          'Mean score',
        ]}
        rows={[
          [
            String(summary.models),
            String(summary.compliant),
            String(summary.atRisk),
            String(summary.nonCompliant),
            String(summary.unknown),
            summary.meanScore === null ? '—' : String(summary.meanScore),
          ],
        ]}
        empty=""
      />
      <Section title="Models">
        <Rows
          head={['Model', 'Status', 'Score', 'Level', 'Version', 'Risk tier']}
          rows={models.map(({ model, governance }) => [
            model.title,
            <StatusChip status={governance.status} />,
            String(governance.score),
            governance.level,
            governance.modelVersion ?? 'unknown',
            model.riskTier,
          ])}
          empty="No models."
        />
      </Section>
      {models.map(report => (
        <div key={report.model.entityRef} className={classes.pageBreak}>
          <ComplianceReport report={report} />
        </div>
      ))}
    </div>
  );
}
