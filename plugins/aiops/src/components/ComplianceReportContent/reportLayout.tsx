import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { ReactNode } from 'react';

/**
 * Styles of a printed report: black text, a heading kept with what follows it, a table
 * row never split across pages (a long section flows on rather than leaving a page empty).
 */
export const useReportStyles = makeStyles(theme => ({
  section: {
    marginTop: theme.spacing(3),
    '& h2, & h3': { breakAfter: 'avoid' },
    '& tr': { breakInside: 'avoid' },
  },
  // Each model of a system report starts a printed page.
  pageBreak: { breakBefore: 'page', marginTop: theme.spacing(6) },
  report: {
    // A word breaks only when it cannot fit a line of its own, so a narrow column widens
    // to its longest word instead of splitting it (hashes and URLs still wrap).
    '& td, & th': { wordBreak: 'normal', overflowWrap: 'break-word' },
    '@media print': {
      '& *': { color: '#000 !important' },
      '& table': { fontSize: '9pt' },
    },
  },
}));

/** A titled section of a report. */
export function Section(props: { title: string; children: ReactNode }) {
  const classes = useReportStyles();
  return (
    <section className={classes.section}>
      <Typography variant="h5" component="h2" gutterBottom>
        {props.title}
      </Typography>
      {props.children}
    </section>
  );
}

/** A plain table (a line of text when it has no rows), as it reads on paper. */
export function Rows(props: {
  head: string[];
  rows: ReactNode[][];
  empty: string;
}) {
  if (props.rows.length === 0) {
    return <Typography variant="body2">{props.empty}</Typography>;
  }
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {props.head.map(h => (
            <TableCell key={h}>{h}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {props.rows.map((row, i) => (
          <TableRow key={i}>
            {row.map((cell, j) => (
              <TableCell key={j}>{cell}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
