import { Table, TableColumn } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { GovernanceCheck } from '@unified-aiops/plugin-aiops-common';
import { ResultChip } from '../StatusChip';

/** Results that need attention, first. */
const ORDER = ['fail', 'warning', 'waived', 'pass', 'not-applicable'];

/** Each framework control as a short chip, e.g. "EU AI Act Art. 11". */
export function ControlChips(props: { controls: GovernanceCheck['controls'] }) {
  const { euAiAct, nistAiRmf, iso42001 } = props.controls;
  const chips = [
    ...euAiAct.map(c => `EU AI Act ${c}`),
    ...nistAiRmf.map(c => `NIST ${c}`),
    ...iso42001.map(c => `ISO 42001 ${c}`),
  ];
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
      {chips.map(chip => (
        <Chip key={chip} size="small" variant="outlined" label={chip} />
      ))}
    </Box>
  );
}

/**
 * The checks of a governance evaluation, failures first: result, reason and the remedy,
 * the framework controls, and a waiver request where one may be asked for.
 */
export function GovernanceChecksTable(props: {
  checks: GovernanceCheck[];
  /** Offers a waiver for a failing or warning check; absent when the user may not ask. */
  onRequestWaiver?: (check: GovernanceCheck) => void;
  /** Why the user may not request a waiver, shown on the disabled button. */
  waiverDeniedReason?: string;
}) {
  const rows = [...props.checks].sort(
    (a, b) => ORDER.indexOf(a.result) - ORDER.indexOf(b.result),
  );
  const columns: TableColumn<GovernanceCheck>[] = [
    {
      title: 'Result',
      field: 'result',
      width: '110px',
      render: c => <ResultChip result={c.result} />,
    },
    {
      title: 'Check',
      field: 'title',
      render: c => (
        <>
          <Typography variant="body2">
            <strong>{c.title}</strong>
          </Typography>
          <Typography variant="caption" color="textSecondary">
            {c.severity} · weight {c.weight}
            {c.blocksGate ? ' · blocks the CI gate' : ''}
          </Typography>
        </>
      ),
    },
    {
      title: 'Finding',
      field: 'reason',
      render: c => (
        <>
          <Typography variant="body2">{c.reason}</Typography>
          {(c.result === 'fail' || c.result === 'warning') && (
            <Typography variant="caption" color="textSecondary">
              To fix: {c.remediation}
            </Typography>
          )}
        </>
      ),
    },
    {
      title: 'Controls',
      field: 'controls',
      render: c => <ControlChips controls={c.controls} />,
    },
    {
      title: '',
      field: 'id',
      width: '150px',
      render: c =>
        c.result === 'fail' || c.result === 'warning' ? (
          <Tooltip
            title={
              props.waiverDeniedReason ??
              'Ask for an exception until a date; it counts once approved'
            }
          >
            <span>
              <Button
                size="small"
                variant="outlined"
                // the table breaks long words; a button's label stays whole
                style={{ whiteSpace: 'nowrap', wordBreak: 'normal' }}
                disabled={!props.onRequestWaiver}
                onClick={() => props.onRequestWaiver?.(c)}
              >
                Request waiver
              </Button>
            </span>
          </Tooltip>
        ) : null,
    },
  ];
  return (
    <Table
      title="Checks"
      subtitle="Failures first; each with what it found, how to fix it, and the controls it gives evidence for"
      options={{ paging: false, search: false, padding: 'dense' }}
      columns={columns}
      data={rows}
    />
  );
}
