import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { ControlMapping } from '@unified-aiops/plugin-aiops-common';
import { ResultChip } from '../StatusChip';

/** Names of the frameworks the controls come from. */
export const FRAMEWORK_NAMES: Record<ControlMapping['framework'], string> = {
  euAiAct: 'EU AI Act',
  nistAiRmf: 'NIST AI RMF 1.0',
  iso42001: 'ISO/IEC 42001:2023',
};

/** Each framework control with the checks that give evidence for it, and their results. */
export function ControlMappingCard(props: { controls: ControlMapping[] }) {
  return (
    <InfoCard
      title="Framework mapping"
      subheader="Which checks give evidence for each control"
    >
      <Table size="small" aria-label="Framework controls and their checks">
        <TableHead>
          <TableRow>
            <TableCell>Framework</TableCell>
            <TableCell>Control</TableCell>
            <TableCell>Checks</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.controls.map(m => (
            <TableRow key={`${m.framework} ${m.control}`}>
              <TableCell>{FRAMEWORK_NAMES[m.framework]}</TableCell>
              <TableCell>{m.control}</TableCell>
              <TableCell>
                {m.checks.map(c => (
                  <Box
                    key={c.id}
                    display="flex"
                    alignItems="center"
                    style={{ gap: 6 }}
                  >
                    <ResultChip result={c.result} /> {c.title}
                  </Box>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </InfoCard>
  );
}
