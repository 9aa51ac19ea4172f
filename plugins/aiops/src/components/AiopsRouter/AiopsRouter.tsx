import { Header, Page } from '@backstage/core-components';
import { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { reportRouteRef, systemReportRouteRef } from '../../routes';
import {
  ComplianceReportContent,
  SystemComplianceReportContent,
} from '../ComplianceReportContent';
import { FleetContent } from '../FleetPage';

/**
 * The pages below `/aiops`: the fleet, and the compliance reports of models and systems. `page` gives
 * each its own header (legacy frontend system); `content` leaves the page to the app.
 */
export function AiopsRouter(props: { layout: 'page' | 'content' }) {
  const page = (title: string, subtitle: string, content: ReactNode) =>
    props.layout === 'page' ? (
      <Page themeId="tool">
        <Header title={title} subtitle={subtitle} />
        {content}
      </Page>
    ) : (
      content
    );
  return (
    <Routes>
      <Route
        path="/"
        element={page(
          'AI DevOps',
          'Every ML model and LLM application under one operational standard',
          <FleetContent />,
        )}
      />
      <Route
        path={reportRouteRef.path}
        element={page(
          'Compliance report',
          'Checks, evidence, waivers, approvals and the audit trail, mapped to the frameworks',
          <ComplianceReportContent />,
        )}
      />
      <Route
        path={systemReportRouteRef.path}
        element={page(
          'Compliance report',
          'Every model of the system: checks, evidence, waivers, approvals and the audit trail',
          <SystemComplianceReportContent />,
        )}
      />
    </Routes>
  );
}
