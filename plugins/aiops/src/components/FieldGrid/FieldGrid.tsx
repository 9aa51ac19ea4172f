import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { ReactNode } from 'react';

const useStyles = makeStyles(theme => ({
  label: {
    color: theme.palette.text.secondary,
    textTransform: 'uppercase',
    fontSize: '10px',
    fontWeight: 'bold',
    letterSpacing: 0.5,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
  },
  value: { wordBreak: 'break-word' },
}));

/** One labelled value of an overview card; an absent value shows as a dash. */
export interface Field {
  label: string;
  value?: ReactNode;
  /** Grid width on medium screens (12 columns); 4 by default. */
  width?: 3 | 4 | 6 | 12;
}

/** Labelled values in a responsive grid, like the catalog's about card. */
export function FieldGrid(props: { fields: Field[] }) {
  const classes = useStyles();
  return (
    <Grid container spacing={2}>
      {props.fields.map(field => (
        <Grid item xs={12} sm={6} md={field.width ?? 4} key={field.label}>
          <Typography variant="h2" className={classes.label}>
            {field.label}
          </Typography>
          <Typography variant="body2" component="div" className={classes.value}>
            {field.value === undefined ||
            field.value === null ||
            field.value === ''
              ? '—'
              : field.value}
          </Typography>
        </Grid>
      ))}
    </Grid>
  );
}
