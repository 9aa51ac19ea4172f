import { Table, TableColumn } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';
import { Waiver } from '@unified-aiops/plugin-aiops-common';
import { formatTime } from '../displayFormats';
import { Tone, ToneChip } from '../StatusChip';

const STATE_TONES: Record<Waiver['state'], Tone> = {
  requested: 'warn',
  active: 'info',
  expired: 'none',
  revoked: 'none',
};

/** What the user may do with waivers, and why not when they may not. */
export interface WaiverActions {
  onApprove?: (waiver: Waiver) => void;
  onRevoke?: (waiver: Waiver) => void;
  /** Shown on the disabled buttons when the user may not approve or revoke. */
  deniedReason?: string;
}

/** The model's waivers: who asked, why, until when, and who approved or revoked them. */
export function WaiversCard(props: { waivers: Waiver[] } & WaiverActions) {
  const action = (
    label: string,
    waiver: Waiver,
    handler: ((w: Waiver) => void) | undefined,
  ) => (
    <Tooltip title={props.deniedReason ?? ''}>
      <span>
        <Button
          size="small"
          variant="outlined"
          disabled={!handler}
          onClick={() => handler?.(waiver)}
        >
          {label}
        </Button>
      </span>
    </Tooltip>
  );
  const columns: TableColumn<Waiver>[] = [
    {
      title: 'State',
      field: 'state',
      width: '110px',
      render: w => <ToneChip label={w.state} tone={STATE_TONES[w.state]} />,
    },
    { title: 'Check', field: 'checkId' },
    { title: 'Reason', field: 'reason' },
    {
      title: 'Requested',
      field: 'requestedAt',
      render: w => `${w.requestedBy}, ${formatTime(w.requestedAt)}`,
    },
    {
      title: 'Approved',
      field: 'approvedAt',
      render: w =>
        w.approvedBy ? `${w.approvedBy}, ${formatTime(w.approvedAt)}` : '—',
    },
    {
      title: 'Until',
      field: 'expiresAt',
      render: w => formatTime(w.expiresAt),
    },
    {
      title: '',
      field: 'id',
      render: w => (
        <Box display="flex" style={{ gap: 8 }}>
          {w.state === 'requested' && action('Approve', w, props.onApprove)}
          {(w.state === 'requested' || w.state === 'active') &&
            action('Revoke', w, props.onRevoke)}
        </Box>
      ),
    },
  ];
  return (
    <Table
      title="Waivers"
      subtitle="An approved waiver turns a failing check into waived until it expires"
      options={{ paging: false, search: false, padding: 'dense' }}
      columns={columns}
      data={props.waivers}
      emptyContent={<Box p={2}>No waiver was requested for this model.</Box>}
    />
  );
}
