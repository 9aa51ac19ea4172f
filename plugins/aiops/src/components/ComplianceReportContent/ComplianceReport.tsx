import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ComplianceReport as Report } from '@unified-aiops/plugin-aiops-common';
import { FRAMEWORK_NAMES } from '../ControlMappingCard';
import { formatTime } from '../displayFormats';
import { ResultChip, StatusChip } from '../StatusChip';
import { Rows, Section, useReportStyles } from './reportLayout';

/** One model's compliance report, laid out to read on screen and print on paper. */
export function ComplianceReport(props: { report: Report }) {
  const classes = useReportStyles();
  const { model, governance, gates, waivers, approvals, audit, controls } =
    props.report;
  const evidence = gates.find(g => g.modelVersion === governance.modelVersion);
  const byFramework = (
    Object.keys(FRAMEWORK_NAMES) as Array<keyof typeof FRAMEWORK_NAMES>
  ).map(framework => ({
    framework,
    rows: controls.filter(c => c.framework === framework),
  }));
  return (
    <div className={classes.report}>
      <Typography variant="h4" component="h1">
        Compliance report: {model.title}
      </Typography>
      <Typography variant="body2" color="textSecondary" gutterBottom>
        {model.entityRef} · generated {formatTime(props.report.generatedAt)}
      </Typography>
      <Rows
        head={['Owner', 'System', 'Type', 'Risk tier (EU AI Act)', 'Lifecycle']}
        rows={[
          [
            model.owner,
            model.system ?? '—',
            model.type,
            model.riskTier,
            model.lifecycle,
          ],
        ]}
        empty=""
      />

      <Section title="Governance">
        <Box display="flex" alignItems="center" style={{ gap: 16 }}>
          <StatusChip status={governance.status} />
          <Typography variant="body1">
            Score {governance.score} of 100, level {governance.level}; version{' '}
            {governance.modelVersion ?? 'unknown'}; evaluated{' '}
            {formatTime(governance.evaluatedAt)}
          </Typography>
        </Box>
      </Section>

      <Section title="Checks">
        <Rows
          head={['Result', 'Check', 'Severity', 'Finding', 'Remedy']}
          rows={governance.checks.map(c => [
            <ResultChip result={c.result} />,
            c.title,
            c.severity,
            c.reason,
            c.result === 'fail' || c.result === 'warning' ? c.remediation : '',
          ])}
          empty="The policy has no checks."
        />
      </Section>

      <Section title="Evidence">
        {evidence ? (
          <>
            <Typography variant="body2" paragraph>
              Version {evidence.modelVersion}, commit{' '}
              {evidence.commitSha ?? '—'}, posted by {evidence.actor} on{' '}
              {formatTime(evidence.recordedAt)}; the gate answered{' '}
              <strong>{evidence.decision}</strong>.
            </Typography>
            <Rows
              head={['Metric', 'Value']}
              rows={Object.entries(evidence.evidence.metrics ?? {}).map(
                ([name, value]) => [name, String(value)],
              )}
              empty="No evaluation metrics."
            />
            <Box mt={1}>
              <Rows
                head={['Attribute', 'Group', 'Selection rate']}
                rows={Object.entries(evidence.evidence.bias ?? {}).flatMap(
                  ([attribute, groups]) =>
                    Object.entries(groups).map(([group, rate]) => [
                      attribute,
                      group,
                      String(rate),
                    ]),
                )}
                empty="No bias evaluation."
              />
            </Box>
          </>
        ) : (
          <Typography variant="body2">
            No gate call recorded evidence for the version evaluated.
          </Typography>
        )}
      </Section>

      <Section title="Waivers">
        <Rows
          head={['State', 'Check', 'Reason', 'Requested', 'Approved', 'Until']}
          rows={waivers.map(w => [
            w.state,
            w.checkId,
            w.reason,
            `${w.requestedBy}, ${formatTime(w.requestedAt)}`,
            w.approvedBy ? `${w.approvedBy}, ${formatTime(w.approvedAt)}` : '—',
            formatTime(w.expiresAt),
          ])}
          empty="No waivers."
        />
      </Section>

      <Section title="Approvals">
        <Rows
          head={['Version', 'Decision', 'By', 'Comment', 'When', 'Valid until']}
          rows={approvals.map(a => [
            a.modelVersion,
            a.decision,
            a.approver,
            a.comment,
            formatTime(a.decidedAt),
            formatTime(a.expiresAt),
          ])}
          empty="No approvals or rejections."
        />
      </Section>

      <Section title="Framework controls">
        {byFramework.map(({ framework, rows }) => (
          <Box key={framework} mb={2}>
            <Typography variant="h6" component="h3">
              {FRAMEWORK_NAMES[framework]}
            </Typography>
            <Rows
              head={['Control', 'Evidence from']}
              rows={rows.map(m => [
                m.control,
                m.checks.map(c => `${c.title} (${c.result})`).join('; '),
              ])}
              empty="No check maps to this framework."
            />
          </Box>
        ))}
      </Section>

      <Section title="Audit trail (latest entries)">
        <Rows
          head={['#', 'When', 'Who', 'What', 'Hash']}
          rows={audit.map(e => [
            String(e.sequence),
            formatTime(e.time),
            e.actor,
            e.action,
            <code>{e.hash.slice(0, 16)}…</code>,
          ])}
          empty="No audit entries for this model."
        />
      </Section>
    </div>
  );
}
