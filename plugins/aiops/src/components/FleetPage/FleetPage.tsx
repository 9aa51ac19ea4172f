import {
  Content,
  ContentHeader,
  EmptyState,
  Header,
  InfoCard,
  Link,
  Page,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  DRIFT_STATUSES,
  FleetModel,
  GOVERNANCE_STATUSES,
} from '@unified-aiops/plugin-aiops-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { useFleet } from '../../hooks/useFleet';
import { StatusChip } from '../StatusChip';

function entityPath(entityRef: string) {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${namespace}/${kind.toLocaleLowerCase('en-US')}/${name}`;
}

const columns: TableColumn<FleetModel>[] = [
  {
    title: 'Model',
    field: 'name',
    highlight: true,
    render: m => <Link to={entityPath(m.entityRef)}>{m.title ?? m.name}</Link>,
  },
  { title: 'Type', field: 'type' },
  { title: 'Owner', field: 'owner' },
  { title: 'System', field: 'system' },
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
];

function CountCard(props: {
  title: string;
  statuses: readonly string[];
  counts: Record<string, number>;
}) {
  return (
    <InfoCard title={props.title}>
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

/** The fleet of ML models and LLM applications at a glance. */
export function FleetContent() {
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
      <Grid item xs={12} md={6}>
        <CountCard
          title="Drift"
          statuses={DRIFT_STATUSES}
          counts={value.byDriftStatus}
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <CountCard
          title="Governance"
          statuses={GOVERNANCE_STATUSES}
          counts={value.byGovernanceStatus}
        />
      </Grid>
      <Grid item xs={12}>
        <Table
          title={`Models (${value.total})`}
          options={{ paging: true, pageSize: 20, search: true }}
          columns={columns}
          data={value.models}
        />
      </Grid>
    </Grid>
  );
}

/** The `/aiops` page with its header. */
export function FleetPage() {
  return (
    <Page themeId="tool">
      <Header
        title="AI DevOps"
        subtitle="Every ML model and LLM application under one operational standard"
      />
      <Content>
        <ContentHeader title="Fleet" />
        <FleetContent />
      </Content>
    </Page>
  );
}
