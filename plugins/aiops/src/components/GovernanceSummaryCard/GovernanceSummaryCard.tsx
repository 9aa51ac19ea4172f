import { InfoCard, Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import {
  GateRecord,
  GovernanceEvaluation,
} from '@unified-aiops/plugin-aiops-common';
import { ReactNode } from 'react';
import { formatTime } from '../displayFormats';
import { FieldGrid } from '../FieldGrid';
import { ResultChip, StatusChip } from '../StatusChip';

/** A model's governance at a glance: status, score and level, version, the last gate. */
export function GovernanceSummaryCard(props: {
  evaluation: GovernanceEvaluation;
  lastGate?: GateRecord;
  reportLink?: string;
  action?: ReactNode;
}) {
  const { evaluation, lastGate, reportLink } = props;
  const counts = (result: string) =>
    evaluation.checks.filter(c => c.result === result).length;
  return (
    <InfoCard
      title="Governance"
      subheader={`Evaluated ${formatTime(evaluation.evaluatedAt)}`}
      action={props.action}
    >
      <Box display="flex" alignItems="center" mb={2}>
        <Box mr={2}>
          <Typography variant="h3" component="p" aria-label="Governance score">
            {evaluation.score}
          </Typography>
        </Box>
        <Box flexGrow={1}>
          <LinearProgress
            variant="determinate"
            value={evaluation.score}
            aria-label={`Score ${evaluation.score} of 100`}
          />
          <Typography variant="caption" color="textSecondary">
            Score of 100, level {evaluation.level}
          </Typography>
        </Box>
      </Box>
      <FieldGrid
        fields={[
          {
            label: 'Status',
            value: <StatusChip status={evaluation.status} />,
          },
          {
            label: 'Version evaluated',
            value: evaluation.modelVersion ?? 'none known yet',
          },
          {
            label: 'Checks',
            value: `${counts('pass')} pass, ${counts('fail')} fail, ${counts(
              'warning',
            )} warning, ${counts('waived')} waived, ${counts(
              'not-applicable',
            )} not applicable`,
          },
          {
            label: 'Last gate',
            value: lastGate ? (
              <>
                <ResultChip result={lastGate.decision} /> version{' '}
                {lastGate.modelVersion}, {formatTime(lastGate.recordedAt)}
              </>
            ) : (
              'no CI gate call yet'
            ),
          },
          {
            label: 'Compliance report',
            value: reportLink ? (
              <Link to={reportLink}>Open the printable report</Link>
            ) : undefined,
          },
        ]}
      />
    </InfoCard>
  );
}
