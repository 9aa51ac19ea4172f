import { CodeSnippet, EmptyState } from '@backstage/core-components';
import { discoveryApiRef, useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import { ModelName, modelApiPath } from '@unified-aiops/plugin-aiops-common';
import useAsync from 'react-use/esm/useAsync';

/** Why the Monitoring tab has nothing to compare yet. */
export type MissingData = 'reference' | 'records';

/** Explains what is missing and the request that provides it. */
export function MonitoringEmptyState(props: {
  missing: MissingData;
  model: ModelName;
}) {
  const discoveryApi = useApi(discoveryApiRef);
  const { value: baseUrl = '<backend>/api/aiops' } = useAsync(
    () => discoveryApi.getBaseUrl('aiops'),
    [discoveryApi],
  );
  const url = `${baseUrl}${modelApiPath(props.model)}`;
  const noReference = props.missing === 'reference';
  const command = noReference
    ? `curl -X PUT ${url}/reference \\
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
  -d '{"modelVersion":"7","records":[{"features":{"tenure_months":12}}]}'`
    : `curl -X POST ${url}/records \\
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
  -d '{"idempotencyKey":"batch-1","records":[{"features":{"tenure_months":12}}]}'`;
  return (
    <EmptyState
      missing="data"
      title={
        noReference
          ? 'No reference profile yet'
          : 'No inference records in the current window'
      }
      description={
        noReference
          ? 'Drift is measured against a reference: the training data of the deployed model version. The training pipeline posts it when it registers a model, or you can set it yourself from training records (or pin a production window with {"pinWindow":{"from","to"}}).'
          : 'The model service has not posted inference records in the check window. Services post batches of records (features, prediction, label when known) with an idempotency key and an external access token.'
      }
      action={
        <>
          <Typography variant="body2" paragraph>
            {noReference ? 'Set the reference:' : 'Post a batch of records:'}
          </Typography>
          <CodeSnippet language="bash" text={command} showCopyCodeButton />
        </>
      }
    />
  );
}
