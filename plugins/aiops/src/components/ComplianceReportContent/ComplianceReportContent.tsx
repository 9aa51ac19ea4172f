import {
  Content,
  ContentHeader,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRefParams } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import PrintIcon from '@material-ui/icons/Print';
import useAsync from 'react-use/esm/useAsync';
import { aiopsApiRef } from '../../api/AiopsApi';
import { reportRouteRef } from '../../routes';
import { ComplianceReport } from './ComplianceReport';

const useStyles = makeStyles({
  // Printed, the report is the page: the portal's navigation and header are left out.
  '@global': {
    '@media print': {
      'body *': { visibility: 'hidden' },
      '#aiops-compliance-report, #aiops-compliance-report *': {
        visibility: 'visible',
      },
      '#aiops-compliance-report': {
        position: 'absolute',
        left: 0,
        top: 0,
        width: '100%',
      },
      '.aiops-no-print': { display: 'none !important' },
    },
  },
});

/** The printable compliance report of one model (route `/aiops/reports/:namespace/:name`). */
export function ComplianceReportContent() {
  useStyles();
  const { namespace, name } = useRouteRefParams(reportRouteRef);
  const api = useApi(aiopsApiRef);
  const report = useAsync(
    () => api.getModelReport({ namespace, name }),
    [api, namespace, name],
  );
  return (
    <Content>
      <ContentHeader title={`Compliance report of ${namespace}/${name}`}>
        {report.value && (
          <Button
            className="aiops-no-print"
            variant="outlined"
            startIcon={<PrintIcon />}
            onClick={() => window.print()}
          >
            Print or save as PDF
          </Button>
        )}
      </ContentHeader>
      {report.error && <ResponseErrorPanel error={report.error} />}
      {report.loading && <Progress />}
      {report.value && (
        <div id="aiops-compliance-report">
          <ComplianceReport report={report.value} />
        </div>
      )}
    </Content>
  );
}
