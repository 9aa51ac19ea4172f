import {
  Content,
  ContentHeader,
  EmptyState,
  Header,
  InfoCard,
  Page,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import { Fragment } from 'react';
import Typography from '@material-ui/core/Typography';
import {
  DRIFT_STATUSES,
  FleetModel,
  FleetSummary,
  GOVERNANCE_STATUSES,
} from '@unified-aiops/plugin-aiops-common';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { useFleet } from '../../hooks/useFleet';
import { PortfolioCard } from '../PortfolioCard';
import { formatShare, formatUsd } from '../displayFormats';
import {
  formatBytes,
  formatSeconds,
} from '../ResourceUsageCard/resourceFigures';
import { StatusChip, ToneChip } from '../StatusChip';

/**
 * The newest Prometheus figures of a model, its service's then its container's; each
 * figure stays whole and the cell wraps between them.
 */
function ServingFigures(props: {
  resources: NonNullable<FleetModel['resources']>;
}) {
  const f = props.resources.figures;
  const number = (value: number | null | undefined): value is number =>
    typeof value === 'number';
  const figures = [
    number(f.latencyP95Seconds) && `p95 ${formatSeconds(f.latencyP95Seconds)}`,
    number(f.errorRate) && `${formatShare(f.errorRate)} errors`,
    number(f.cpuCores) && `${Number(f.cpuCores.toPrecision(2))} cores`,
    number(f.memoryBytes) && formatBytes(f.memoryBytes),
    number(f.gpuUtilizationPercent) &&
      `GPU ${Math.round(f.gpuUtilizationPercent)}%`,
  ].filter((figure): figure is string => Boolean(figure));
  if (figures.length === 0) return <>—</>;
  return (
    <Typography variant="body2" component="div" color="textSecondary">
      {figures.map((figure, i) => (
        <Fragment key={figure}>
          {i > 0 && ' · '}
          <span style={{ whiteSpace: 'nowrap' }}>{figure}</span>
        </Fragment>
      ))}
    </Typography>
  );
}

const columns: TableColumn<FleetModel>[] = [
  {
    title: 'Model',
    field: 'name',
    highlight: true,
    render: m => (
      <EntityRefLink entityRef={m.entityRef} title={m.title ?? m.name} />
    ),
  },
  { title: 'Type', field: 'type' },
  {
    title: 'Owner',
    field: 'owner',
    render: m =>
      m.owner && <EntityRefLink entityRef={m.owner} defaultKind="group" />,
  },
  {
    title: 'System',
    field: 'system',
    render: m =>
      m.system && <EntityRefLink entityRef={m.system} defaultKind="system" />,
  },
  { title: 'Risk tier', field: 'riskTier' },
  {
    title: 'Drift',
    field: 'driftStatus',
    render: m => <StatusChip status={m.driftStatus} />,
  },
  {
    title: 'Governance',
    field: 'governanceStatus',
    render: m => <StatusChip status={m.governanceStatus} />,
  },
  {
    title: 'Retraining',
    field: 'retraining',
    render: m =>
      m.retraining === 'idle' ? (
        '—'
      ) : (
        <ToneChip
          label={m.retraining}
          tone={m.retraining === 'in-flight' ? 'info' : 'warn'}
        />
      ),
  },
  {
    title: 'Cost & serving',
    field: 'cost.perThousandUsd',
    width: '17%',
    render: m =>
      m.cost || m.resources ? (
        <>
          {m.cost && (
            <Typography variant="body2" component="div">
              {formatUsd(m.cost.perThousandUsd)} / 1k requests
              {m.cost.regression && (
                <>
                  {' '}
                  <ToneChip label="costlier" tone="warn" />
                </>
              )}
            </Typography>
          )}
          {m.resources && <ServingFigures resources={m.resources} />}
        </>
      ) : (
        '—'
      ),
  },
];

/** How many models retrain now, and how many wait for a person's approval. */
function RetrainingCard(props: { retraining: FleetSummary['retraining'] }) {
  const figures = [
    { label: 'in flight', value: props.retraining.inFlight, tone: 'info' },
    {
      label: 'awaiting approval',
      value: props.retraining.awaitingApproval,
      tone: 'warn',
    },
  ] as const;
  return (
    <InfoCard title="Retraining">
      <Grid container spacing={2}>
        {figures.map(f => (
          <Grid item key={f.label} xs={6}>
            <Typography variant="h4">{f.value}</Typography>
            <ToneChip label={f.label} tone={f.tone} />
          </Grid>
        ))}
      </Grid>
    </InfoCard>
  );
}

function CountCard(props: {
  title: string;
  subheader?: string;
  statuses: readonly string[];
  counts: Record<string, number>;
}) {
  return (
    <InfoCard title={props.title} subheader={props.subheader}>
      <Grid container spacing={2}>
        {props.statuses.map(status => (
          <Grid item key={status} xs={3}>
            <Typography variant="h4">{props.counts[status] ?? 0}</Typography>
            <StatusChip status={status as FleetModel['driftStatus']} />
          </Grid>
        ))}
      </Grid>
    </InfoCard>
  );
}

function FleetOverview() {
  const { value, loading, error } = useFleet();
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value || value.total === 0) {
    return (
      <EmptyState
        missing="data"
        title="No models in the catalog yet"
        description="Register an entity of kind MLModel (apiVersion aiops.dev/v1alpha1) and it appears here with its drift and governance status."
      />
    );
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={4}>
        <CountCard
          title="Drift"
          statuses={DRIFT_STATUSES}
          counts={value.byDriftStatus}
        />
      </Grid>
      <Grid item xs={12} md={5}>
        <CountCard
          title="Governance"
          subheader={
            value.byGovernanceStatus.unknown === value.total
              ? 'No governance policy has evaluated these models yet'
              : undefined
          }
          statuses={GOVERNANCE_STATUSES}
          counts={value.byGovernanceStatus}
        />
      </Grid>
      <Grid item xs={12} md={3}>
        <RetrainingCard retraining={value.retraining} />
      </Grid>
      <Grid item xs={12}>
        <Table
          title={`Models (${value.total})`}
          options={{
            paging: true,
            pageSize: 20,
            search: true,
            emptyRowsWhenPaging: false,
            padding: 'dense',
          }}
          columns={columns}
          data={value.models}
        />
      </Grid>
      <Grid item xs={12}>
        <PortfolioCard />
      </Grid>
    </Grid>
  );
}

/** The fleet of ML models and LLM applications at a glance, without a page header. */
export function FleetContent() {
  return (
    <Content>
      <ContentHeader title="Fleet" />
      <FleetOverview />
    </Content>
  );
}

/** The `/aiops` page with its own header, for the legacy frontend system. */
export function FleetPage() {
  return (
    <Page themeId="tool">
      <Header
        title="AI DevOps"
        subtitle="Every ML model and LLM application under one operational standard"
      />
      <FleetContent />
    </Page>
  );
}
