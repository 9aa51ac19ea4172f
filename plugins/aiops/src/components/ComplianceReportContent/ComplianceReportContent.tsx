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
import { ReactNode } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { aiopsApiRef } from '../../api/AiopsApi';
import { reportRouteRef, systemReportRouteRef } from '../../routes';
import { serverMessage } from '../serverMessage';
import { ComplianceReport } from './ComplianceReport';
import { SystemComplianceReport } from './SystemComplianceReport';

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

/** A report loaded from the backend, with a print button once it is there. */
function PrintableReport<T>(props: {
  report: { loading: boolean; error?: Error; value?: T };
  children: (report: T) => ReactNode;
}) {
  useStyles();
  const { report } = props;
  return (
    <Content>
      {/* The report's own heading names it, on screen and on paper. */}
      <ContentHeader>
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
      {report.error && (
        <ResponseErrorPanel
          error={report.error}
          title={serverMessage(report.error)}
        />
      )}
      {report.loading && <Progress />}
      {report.value && (
        <div id="aiops-compliance-report">{props.children(report.value)}</div>
      )}
    </Content>
  );
}

/** The printable compliance report of one model (route `/aiops/reports/:namespace/:name`). */
export function ComplianceReportContent() {
  const { namespace, name } = useRouteRefParams(reportRouteRef);
  const api = useApi(aiopsApiRef);
  const report = useAsync(
    () => api.getModelReport({ namespace, name }),
    [api, namespace, name],
  );
  return (
    <PrintableReport report={report}>
      {value => <ComplianceReport report={value} />}
    </PrintableReport>
  );
}

/** The printable compliance report of a system (route `/aiops/system-reports/:namespace/:name`). */
export function SystemComplianceReportContent() {
  const { namespace, name } = useRouteRefParams(systemReportRouteRef);
  const api = useApi(aiopsApiRef);
  const report = useAsync(
    () => api.getSystemReport({ namespace, name }),
    [api, namespace, name],
  );
  return (
    <PrintableReport report={report}>
      {value => <SystemComplianceReport report={value} />}
    </PrintableReport>
  );
}
