import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { aiopsApiRef } from '../../api/AiopsApi';
import { ComplianceReportContent } from './ComplianceReportContent';

describe('ComplianceReportContent', () => {
  it('says why there is no report, in the server’s words', async () => {
    const refused = Object.assign(
      new Error('Request failed with 404 Not Found'),
      {
        body: {
          error: {
            name: 'NotFoundError',
            message: 'No MLModel mlmodel:default/nope in the catalog',
          },
        },
      },
    );
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            aiopsApiRef,
            {
              getModelReport: async () => {
                throw refused;
              },
            },
          ],
        ]}
      >
        <Routes>
          <Route
            path="/reports/:namespace/:name"
            element={<ComplianceReportContent />}
          />
        </Routes>
      </TestApiProvider>,
      { routeEntries: ['/reports/default/nope'] },
    );
    expect(
      await screen.findByText(
        'No MLModel mlmodel:default/nope in the catalog',
        { exact: false },
      ),
    ).toBeInTheDocument();
  });
});
