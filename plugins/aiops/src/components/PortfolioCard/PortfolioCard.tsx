import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { PortfolioGroup } from '@unified-aiops/plugin-aiops-common';
import useAsync from 'react-use/esm/useAsync';
import { aiopsApiRef } from '../../api/AiopsApi';
import { systemReportRouteRef } from '../../routes';

function counts(): TableColumn<PortfolioGroup>[] {
  return [
    { title: 'Models', field: 'models', type: 'numeric' },
    { title: 'Compliant', field: 'compliant', type: 'numeric' },
    { title: 'At risk', field: 'atRisk', type: 'numeric' },
    { title: 'Non-compliant', field: 'nonCompliant', type: 'numeric' },
    {
      title: 'Mean score',
      field: 'meanScore',
      type: 'numeric',
      render: g => (g.meanScore === null ? '—' : g.meanScore),
    },
  ];
}

function SystemReportLink(props: { systemRef: string }) {
  const reportLink = useRouteRef(systemReportRouteRef);
  const { namespace, name } = parseEntityRef(props.systemRef);
  return <Link to={reportLink({ namespace, name })}>Report</Link>;
}

/**
 * Governance figures of the fleet by system (with each system's printable report) and by
 * owner: how many models are compliant, at risk or non-compliant, and the mean score.
 */
export function PortfolioCard() {
  const api = useApi(aiopsApiRef);
  const portfolio = useAsync(() => api.getPortfolio(), [api]);
  if (portfolio.loading) return <Progress />;
  if (portfolio.error) return <ResponseErrorPanel error={portfolio.error} />;
  const { bySystem, byOwner } = portfolio.value!;
  const table = (
    title: string,
    first: TableColumn<PortfolioGroup>,
    data: PortfolioGroup[],
    last?: TableColumn<PortfolioGroup>,
  ) => (
    <Table
      title={title}
      options={{ paging: false, search: false, padding: 'dense' }}
      columns={[first, ...counts(), ...(last ? [last] : [])]}
      data={data}
    />
  );
  return (
    <InfoCard title="Governance portfolio" noPadding>
      {table(
        'By system',
        {
          title: 'System',
          field: 'key',
          render: g => <EntityRefLink entityRef={g.key} defaultKind="system" />,
        },
        bySystem,
        {
          title: 'Compliance report',
          render: g => <SystemReportLink systemRef={g.key} />,
        },
      )}
      {table(
        'By owner',
        {
          title: 'Owner',
          field: 'key',
          render: g => <EntityRefLink entityRef={g.key} defaultKind="group" />,
        },
        byOwner,
      )}
    </InfoCard>
  );
}
